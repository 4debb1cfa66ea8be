// POST /api/v1/extract in the OpenAPI document, from the schemas the route parses and answers with.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { extractRequest, extractResponse } from "../extract/schemas";
import { errorSchema } from "./schemas";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });

export const extractPaths: ZodOpenApiPathsObject = {
  "/api/v1/extract": {
    post: {
      operationId: "extractFromArticle",
      tags: ["Extraction"],
      summary: "Propose entries from an article's text",
      description:
        "Reads an English news article and proposes events, agreements and statements: kind, title and summary drafts, honest dates resolved against `publishedAt` (never an invented day), actors matched to the record by any spelling (or offered as new, with a guessed kind), places, sectors, agreement steps, statement speaker and quote, the sentences each comes from, and the rules (`cues`) that produced each field. Each proposal lists likely duplicates in the record, and `stepOffer` when the record holds the agreement without the step the article reports. Nothing is saved. Analysts and up.",
      security: [{ bearerToken: [] }],
      requestBody: { required: true, content: json(extractRequest) },
      responses: {
        "200": { description: "The proposals, and notices (text in another language, nothing recognised)", content: json(extractResponse) },
        "400": { description: "Empty, binary or too long text (more than 200,000 characters), or a bad date", content: json(errorSchema) },
        "401": { description: "No valid API token: create one on your account page", content: json(errorSchema) },
        "403": { description: "Your role does not allow this", content: json(errorSchema) },
      },
    },
  },
};
