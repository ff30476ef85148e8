/**
 * Set by app-server.ts on a profile request that asks for a dated version (`?asOf=`, in either
 * language), to the date asked for, after dropping any copy a client sent. Layouts get no search parameters, so this is how
 * a profile's layout (lib/routing/former-slug.ts) learns that a record deleted since may still be
 * shown as it was. No "server-only" here: server.ts reads it outside React.
 */
export const AS_OF_HEADER = "x-atlas-as-of";
