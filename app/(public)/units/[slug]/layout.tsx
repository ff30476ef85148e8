import { profileLayout } from "@/lib/routing/profile-record";
import { unitProfile } from "@/lib/routing/profiles";

// The 404, or a former slug's redirect, before the page streams: see profileLayout.
export default profileLayout(unitProfile);
