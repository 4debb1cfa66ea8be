// What the account page (and nothing else) sends to create or revoke a personal API token.
import { z } from "zod";
import { text } from "../validation/text";

export const tokenCreateInput = z.object({
  name: text().trim().min(1, "name the token after what will use it, e.g. “import script”").max(100, "keep the name under 100 characters"),
});
export const tokenRevokeInput = z.object({ id: text().trim().min(1).max(40) });
