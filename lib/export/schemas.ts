// Query of an export or a feed: the browse view's parameters (entryListQuery) plus the format.
import { z } from "zod";
import { entryListQuery, searchParamsToObject } from "../entries/schemas";

export const exportFormat = z.enum(["csv", "json"], { error: "format is csv or json" });

/** The export's parameters for the API reference: the browse parameters and `format`. */
export const exportQueryParams = z.object({
  format: exportFormat.default("csv").meta({ description: "csv (one row per entry, the import columns) or json" }),
  ...entryListQuery.shape,
});

/**
 * A browse view's filters from a request, parsed by the very schema the list uses. page and
 * pageSize are accepted (a link copied from a page of results) and ignored: an export or a feed
 * holds every matching entry.
 */
export function parseViewParams(params: Record<string, string | string[]>) {
  const { page: _page, pageSize: _pageSize, ...filters } = entryListQuery.parse(params);
  return filters;
}

/** An export's format and filters. */
export function parseExportParams(params: URLSearchParams) {
  const { format, ...rest } = searchParamsToObject(params);
  return { format: exportFormat.parse(format ?? "csv"), filters: parseViewParams(rest) };
}
