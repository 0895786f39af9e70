/** Stands in for the `electron` package in tests; electron/ handler tests extend it as they need. */
export const app = {};
export default {};
