// The OpenAPI document turned into what the reference page shows: operations grouped by tag, each
// with its parameters and responses, and the shapes of the named schemas as field lists.

type Json = Record<string, unknown>;
export type Field = { name: string; type: string; required: boolean; description: string };
export type Operation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  /** "required": needs a personal API token; "optional": open to all, a token shows more (an empty `{}` among its security requirements); null: open */
  token: "required" | "optional" | null;
  parameters: Field[];
  body: { contentType: string; type: string }[];
  responses: { status: string; description: string; types: { contentType: string; type: string }[] }[];
};
export type Reference = {
  title: string;
  description: string;
  groups: { tag: string; description: string; operations: Operation[] }[];
  schemas: { name: string; description: string; fields: Field[] }[];
};

const asJson = (v: unknown): Json => (v && typeof v === "object" ? (v as Json) : {});

/** A schema in a few words: "string (YYYY-MM-DD)", "event | agreement | statement", "Entry[]". */
export function describeType(schema: unknown): string {
  const s = asJson(schema);
  if (typeof s.$ref === "string") return s.$ref.split("/").pop()!;
  if (Array.isArray(s.enum)) return s.enum.map(String).join(" | ");
  for (const key of ["anyOf", "oneOf"] as const) {
    if (Array.isArray(s[key])) {
      const parts = (s[key] as unknown[]).map(describeType);
      const nonNull = parts.filter((p) => p !== "null");
      return nonNull.join(" | ") + (nonNull.length < parts.length ? " or null" : "");
    }
  }
  if (Array.isArray(s.type)) return (s.type as string[]).filter((t) => t !== "null").join(" | ") + (s.type.includes("null") ? " or null" : "");
  if (s.type === "array") {
    const item = describeType(s.items);
    return item.includes(" ") ? `(${item})[]` : `${item}[]`;
  }
  if (s.type === "object") return "object";
  const details = [
    s.format,
    s.pattern ? `pattern ${s.pattern}` : null,
    s.minimum !== undefined ? `≥ ${s.minimum}` : null,
    s.maximum !== undefined ? `≤ ${s.maximum}` : null,
    s.maxLength !== undefined ? `≤ ${s.maxLength} characters` : null,
    s.default !== undefined ? `default ${JSON.stringify(s.default)}` : null,
  ].filter(Boolean);
  return `${String(s.type ?? "any")}${details.length ? ` (${details.join(", ")})` : ""}`;
}

function fields(schema: unknown): Field[] {
  const s = asJson(schema);
  const required = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries(asJson(s.properties)).map(([name, prop]) => ({
    name,
    type: describeType(prop),
    required: required.has(name),
    description: String(asJson(prop).description ?? ""),
  }));
}

const contentTypes = (content: unknown) =>
  Object.entries(asJson(content)).map(([contentType, media]) => ({ contentType, type: describeType(asJson(media).schema) }));

export function buildReference(doc: Json): Reference {
  const info = asJson(doc.info);
  const tags = (doc.tags as { name: string; description?: string }[] | undefined) ?? [];
  const operations: (Operation & { tag: string })[] = [];
  for (const [path, item] of Object.entries(asJson(doc.paths))) {
    for (const [method, raw] of Object.entries(asJson(item))) {
      const op = asJson(raw);
      operations.push({
        tag: ((op.tags as string[] | undefined) ?? ["Other"])[0],
        id: String(op.operationId ?? `${method}-${path}`),
        method: method.toUpperCase(),
        path,
        summary: String(op.summary ?? ""),
        description: String(op.description ?? ""),
        token: !Array.isArray(op.security) || op.security.length === 0 ? null : op.security.some((r) => Object.keys(r).length === 0) ? "optional" : "required",
        parameters: ((op.parameters as Json[] | undefined) ?? []).map((p) => ({
          name: `${p.name} (${p.in})`,
          type: describeType(p.schema),
          required: Boolean(p.required),
          description: String(p.description ?? asJson(p.schema).description ?? ""),
        })),
        body: contentTypes(asJson(op.requestBody).content),
        responses: Object.entries(asJson(op.responses)).map(([status, r]) => ({
          status,
          description: String(asJson(r).description ?? ""),
          types: contentTypes(asJson(r).content),
        })),
      });
    }
  }
  const tagNames = [...tags.map((t) => t.name), ...operations.map((o) => o.tag).filter((t) => !tags.some((x) => x.name === t))];
  return {
    title: String(info.title ?? "API"),
    description: String(info.description ?? ""),
    groups: [...new Set(tagNames)]
      .map((tag) => ({
        tag,
        description: tags.find((t) => t.name === tag)?.description ?? "",
        operations: operations.filter((o) => o.tag === tag),
      }))
      .filter((g) => g.operations.length),
    schemas: Object.entries(asJson(asJson(doc.components).schemas)).map(([name, schema]) => ({
      name,
      description: String(asJson(schema).description ?? ""),
      fields: fields(schema),
    })),
  };
}
