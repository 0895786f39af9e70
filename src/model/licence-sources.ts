import type { Citation } from './citation';

/** Where the licence rules and list prices of src/model/licensing.ts come from (docs/methodology.md, Commercial engines and licences). */
export const LICENCE_SOURCES = {
  microsoftSqlPricing: {
    title: 'Microsoft, "SQL Server 2022 pricing": Enterprise $15,123 and Standard (per core) $3,945 per 2-core pack; Web through hosting partners only; Express free',
    url: 'https://www.microsoft.com/en-us/sql-server/sql-server-2022-pricing',
    date: 'read 2026-12',
    grade: 'P',
  },
  microsoftPerCoreMinimum: {
    title: 'Microsoft SQL Server 2022 licensing guide: licensing by virtual machine, each virtual core needs a core licence, minimum 4 core licences per VM; failover rights for one passive secondary with Software Assurance',
    url: 'https://www.microsoft.com/en-us/licensing/product-licensing/sql-server',
    date: 'read 2026-12',
    grade: 'P',
  },
  microsoftLicenseMobility: {
    title: 'Microsoft, "License Mobility through Software Assurance": bringing server licences to shared cloud tenancy requires active Software Assurance',
    url: 'https://www.microsoft.com/en-us/licensing/licensing-programs/software-assurance-license-mobility',
    date: 'read 2026-12',
    grade: 'P',
  },
  awsMicrosoftLicensing: {
    title: 'AWS, "Microsoft Licensing on AWS": BYOL of SQL Server on default (shared) tenancy EC2 through License Mobility; licence-included Windows and SQL Server AMIs',
    url: 'https://aws.amazon.com/windows/resources/licensing/',
    date: 'read 2026-12',
    grade: 'P',
  },
  softwareAssuranceShare: {
    title: 'Software Assurance at about 25% of the licence price per year (the rate commonly quoted for Open Value / Select Plus; Microsoft publishes SA prices by program, not on the SQL Server page)',
    url: 'https://www.microsoft.com/en-us/licensing/licensing-programs/software-assurance-default',
    date: 'read 2026-12',
    grade: 'A',
  },
  oraclePriceList: {
    title: 'Oracle Technology Global Price List: Database Enterprise Edition $47,500 per Processor, Standard Edition 2 $17,500 per Processor (socket); Software Update License & Support 22% of the licence fee per year',
    url: 'https://www.oracle.com/assets/technology-price-list-070617.pdf',
    date: 'read 2026-12',
    grade: 'P',
  },
  oracleCloudPolicy: {
    title: 'Oracle, "Licensing Oracle Software in the Cloud Computing Environment": on Amazon EC2 and RDS, 2 vCPUs = 1 Processor licence with hyper-threading; for Standard Edition 2, every 4 vCPUs (rounded up) = 1 socket, on instances of up to 8 vCPUs',
    url: 'https://www.oracle.com/assets/cloud-licensing-070579.pdf',
    date: 'read 2026-12',
    grade: 'P',
  },
  awsRdsOracleLicensing: {
    title: 'AWS, "RDS for Oracle licensing options": licence included for SE2 only; BYOL for EE and SE2; under BYOL a Multi-AZ deployment needs licences for the primary and the standby',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Oracle.Concepts.Licensing.html',
    date: 'read 2026-12',
    grade: 'P',
  },
  awsRdsSqlServerLimits: {
    title: 'Amazon RDS User Guide, "Amazon RDS for Microsoft SQL Server": the sysadmin role is not available; host access only through RDS Custom',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_SQLServer.html',
    date: 'read 2026-12',
    grade: 'P',
  },
  awsRdsOracleLimits: {
    title: 'Amazon RDS User Guide, "Amazon RDS for Oracle": no host access and no SYSDBA privilege; the master user gets a restricted DBA role',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Oracle.html',
    date: 'read 2026-12',
    grade: 'P',
  },
} as const satisfies Record<string, Citation>;
