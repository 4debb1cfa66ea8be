// What the account page (and nothing else) sends to create or revoke a personal API token.
import { z } from "zod";

export const tokenCreateInput = z.object({
  name: z.string().trim().min(1, "name the token after what will use it, e.g. “import script”").max(100, "keep the name under 100 characters"),
});
export const tokenRevokeInput = z.object({ id: z.string().trim().min(1).max(40) });
