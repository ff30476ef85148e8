import { config } from "zod/v4/core";

// Runs in the browser before the app's own code. Zod compiles object parsers with `new Function`
// when it may, deciding as each schema is built; the admin's Content-Security-Policy has no
// 'unsafe-eval', and even zod's probe for it is reported as a violation. Schemas in the browser run
// interpreted (jitless): forms are small, the difference is nil. This must precede every schema's
// construction, which is why it lives here rather than beside the schemas. Only zod's small core
// `config` is imported: this file runs on every page, and `z` would bring all of zod to pages
// that never parse anything. The setting is global (globalThis), so schemas built later see it.
config({ jitless: true });
