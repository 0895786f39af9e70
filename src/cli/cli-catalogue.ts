import { loadCatalogue, type LoadedCatalogue } from '../aws/load-catalogue';

/**
 * The catalogue every pricing command uses: cached AWS prices, then the embedded snapshot.
 * A damaged cache file is reported on stderr and skipped.
 */
export function cliCatalogue(): LoadedCatalogue {
  return loadCatalogue({ onWarning: (message) => process.stderr.write(`tco-studio: warning: ${message}\n`) });
}
