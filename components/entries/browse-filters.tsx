import Form from "next/form";
import { NameField } from "@/components/entries/name-field";
import { SubmitOnChange } from "@/components/entries/submit-on-change";
import type { ListedName } from "@/lib/actors/queries";
import type { Facets } from "@/lib/entries/facets";
import { AGREEMENT_STATUSES, ENTRY_KINDS, RELIABILITY_GRADES, SECTORS, effectiveSort, type EntryListQuery } from "@/lib/entries/schemas";
import { KIND_PLURAL, SECTOR_INFO, STATUS_LABEL, sectorColour } from "@/lib/sectors/sectors";
import { formatCount } from "@/lib/site/numbers";
import { anySourceGraded } from "@/lib/sources/queries";

const GRADE_LABEL = {
  A: "A · completely reliable",
  B: "B · usually reliable",
  C: "C · fairly reliable",
  D: "D · not usually reliable",
  E: "E · unreliable",
  F: "F · cannot be judged",
} as const;

function Count({ n, approximate }: { n: number; approximate?: boolean }) {
  // Past the count cap the counts are estimated from a sample: "≈" on screen, "about" when read out.
  return (
    <span className="ml-auto pl-2 text-xs tabular-nums text-slate-500 dark:text-slate-400">
      <span aria-hidden>{approximate ? `≈${formatCount(n)}` : formatCount(n)}</span>
      <span className="sr-only">, {approximate ? "about " : ""}{n === 1 ? "1 entry" : `${formatCount(n)} entries`}</span>
    </span>
  );
}

function FieldError({ id, message }: { id: string; message?: string }) {
  // Always present, so screen readers announce an error when it appears after a submit.
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-700 dark:text-red-400">
      {message}
    </p>
  );
}

const legend = "text-sm font-semibold";
const option = "flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50 dark:hover:bg-slate-900";

/**
 * The browse form: a plain GET form, so the whole view is in the URL and works without JavaScript
 * (next/form turns the submit into a client-side navigation when JavaScript is there).
 */
export async function BrowseFilters({
  action = "/entries",
  query,
  errors,
  facets,
  actorNames,
  placeNames = [],
  showSort = true,
  skipTo,
}: {
  action?: string;
  query: EntryListQuery;
  errors: Partial<Record<string, string>>;
  facets?: Facets;
  /** Spellings offered by the actor field without JavaScript (listedActorNames: none in a large record). */
  actorNames: ListedName[];
  /** Spellings offered by the place field (a server-rendered list: places are few). */
  placeNames?: string[];
  showSort?: boolean;
  /** The id of what the filters sit beside (the results, the timeline, the map): a keyboard reader
   *  reaches it from the search box without tabbing through some forty filters. */
  skipTo?: { id: string; label: string };
}) {
  const defaultSort = effectiveSort({ q: query.q });
  const graded = await anySourceGraded();
  const active = [query.kind, query.sector?.length, query.actor, query.place, query.from, query.to, query.status?.length, query.reliability?.length].filter(Boolean).length;
  return (
    <Form action={action} id="browse-form" className="space-y-4" aria-label="Search and filters">
      <div>
        <label htmlFor="q" className="block text-sm font-semibold">
          Search the record
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="e.g. gas pipeline"
            aria-describedby="q-hint q-error"
            className="field min-w-0 flex-1"
          />
          <button type="submit" className="button-primary">
            Search
          </button>
        </div>
        <p id="q-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Words in titles, summaries and quotes, and any spelling of an actor&apos;s name.
        </p>
        <FieldError id="q-error" message={errors.q} />
        {skipTo && (
          <a href={`#${skipTo.id}`} className="sr-only text-sm underline focus:not-sr-only focus:mt-1 focus:inline-block">
            {skipTo.label}
          </a>
        )}
      </div>

      {showSort && (
        <div>
          <label htmlFor="sort" className="block text-sm font-semibold">
            Order
          </label>
          {/* The empty value is the default order: best match when searching, else newest, so a new
              search typed into a date-ordered view is ranked by relevance. */}
          <select id="sort" name="sort" defaultValue={query.sort && query.sort !== defaultSort ? query.sort : ""} className="field mt-1 w-full">
            <option value="">{defaultSort === "relevance" ? "Best match first" : "Newest first"}</option>
            {defaultSort === "relevance" && <option value="newest">Newest first</option>}
            <option value="oldest">Oldest first</option>
          </select>
        </div>
      )}

      {/* Folded on phones (results first), but open when a filter needs correcting. */}
      <details className="filters rounded border border-slate-200 dark:border-slate-800" open={errors.from || errors.to ? true : undefined}>
        <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
          Filters{active > 0 ? ` · ${active} active` : ""}
        </summary>
        <div className="space-y-5 px-3 pb-3 md:px-0 md:pb-0">
          <fieldset>
            <legend className={legend}>Kind</legend>
            <div className="mt-1">
              <label className={option}>
                <input type="radio" name="kind" value="" defaultChecked={!query.kind} />
                Any kind
              </label>
              {ENTRY_KINDS.map((kind) => (
                <label key={kind} className={option}>
                  <input type="radio" name="kind" value={kind} defaultChecked={query.kind === kind} />
                  {KIND_PLURAL[kind]}
                  {facets && <Count n={facets.kind[kind]} approximate={facets.approximate} />}
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset>
            <legend className={legend}>Sectors</legend>
            <p className="text-xs text-slate-600 dark:text-slate-400">Entries in any of those ticked.</p>
            <div className="mt-1 grid grid-cols-2 gap-x-2 md:grid-cols-1">
              {SECTORS.map((sector) => (
                <label key={sector} className={option}>
                  <input type="checkbox" name="sector" value={sector} defaultChecked={query.sector?.includes(sector)} />
                  <span aria-hidden className="inline-block size-2 shrink-0 rounded-full" style={{ backgroundColor: sectorColour(sector) }} />
                  {SECTOR_INFO[sector].label}
                  {facets && <Count n={facets.sector[sector]} approximate={facets.approximate} />}
                </label>
              ))}
            </div>
          </fieldset>

          <div>
            <label htmlFor="actor" className="block text-sm font-semibold">
              Actor
            </label>
            <NameField field="actor" defaultValue={query.actor} />
            {/* Rendered here, not by the field: a client component's props would be sent a second time in the page's data. */}
            {actorNames.length > 0 && (
              <datalist id="actor-suggestions">
                {actorNames.map(({ matched, name }) => (
                  <option key={`${matched}|${name}`} value={matched}>
                    {matched === name ? undefined : name}
                  </option>
                ))}
              </datalist>
            )}
            <p id="actor-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              A person, organisation or state, in any spelling.
            </p>
          </div>

          <div>
            <label htmlFor="place" className="block text-sm font-semibold">
              Place
            </label>
            <NameField field="place" defaultValue={query.place} />
            {placeNames.length > 0 && (
              <datalist id="place-suggestions">
                {placeNames.map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            )}
            <p id="place-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              A city, site, sea or country, in any spelling (Bushehr, Бушер, بوشهر).
            </p>
            <FieldError id="place-error" message={errors.place} />
          </div>

          <fieldset>
            <legend className={legend}>Date</legend>
            {/* Side by side on a phone's full width; one above the other in the narrow sidebar, where
                two pickers side by side cut their own "dd/mm/yyyy" short. */}
            <div className="mt-1 grid grid-cols-2 gap-2 md:grid-cols-1">
              <div>
                <label htmlFor="from" className="block text-xs">
                  From
                </label>
                <input id="from" name="from" type="date" defaultValue={query.from} aria-describedby="from-error" aria-invalid={errors.from ? true : undefined} className="field w-full" />
              </div>
              <div>
                <label htmlFor="to" className="block text-xs">
                  To
                </label>
                <input id="to" name="to" type="date" defaultValue={query.to} aria-describedby="to-error" aria-invalid={errors.to ? true : undefined} className="field w-full" />
              </div>
            </div>
            <FieldError id="from-error" message={errors.from} />
            <FieldError id="to-error" message={errors.to} />
          </fieldset>

          <fieldset>
            <legend className={legend}>Agreement status</legend>
            <div className="mt-1 grid grid-cols-2 gap-x-2 md:grid-cols-1">
              {AGREEMENT_STATUSES.map((status) => (
                <label key={status} className={option}>
                  <input type="checkbox" name="status" value={status} defaultChecked={query.status?.includes(status)} />
                  {STATUS_LABEL[status]}
                  {facets && <Count n={facets.status[status]} approximate={facets.approximate} />}
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset>
            <legend className={legend}>Source grading</legend>
            <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="grading-note">
              {graded ? "Entries citing a source graded so." : "No source in the record is graded yet, so these find nothing for now."}
            </p>
            <div className="mt-1">
              {RELIABILITY_GRADES.map((grade) => (
                <label key={grade} className={option}>
                  <input type="checkbox" name="reliability" value={grade} defaultChecked={query.reliability?.includes(grade)} />
                  {GRADE_LABEL[grade]}
                </label>
              ))}
            </div>
          </fieldset>

          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className="button-primary">
              Apply filters
            </button>
            <a href={action} className="text-sm underline">
              Clear all
            </a>
          </div>
        </div>
      </details>
      <SubmitOnChange formId="browse-form" />
    </Form>
  );
}
