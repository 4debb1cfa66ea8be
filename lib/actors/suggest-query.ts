// The query of GET /api/v1/actors (actor suggestions as a reader types), shared by the route and
// the OpenAPI document.
import { z } from "zod";
import { urlText } from "../validation/text";

export const actorSuggestQuery = z.object({
  q: urlText().trim().min(1, "type part of a name").max(100, "keep the name under 100 characters").meta({ description: "Part of a name, in any spelling" }),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
