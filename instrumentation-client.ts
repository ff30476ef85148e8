import { z } from "zod";

// Runs in the browser before the app's own code. Zod compiles object parsers with `new Function`
// when it may, deciding as each schema is built; the admin's Content-Security-Policy has no
// 'unsafe-eval', and even zod's probe for it is reported as a violation. Schemas in the browser run
// interpreted (jitless): forms are small, the difference is nil. This must precede every schema's
// construction, which is why it lives here rather than beside the schemas.
z.config({ jitless: true });
