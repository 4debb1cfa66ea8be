import type { Field } from "@/lib/openapi/reference";
import { Prose } from "./prose";

/** Fields or parameters as a table that scrolls sideways on a phone rather than squeezing. */
export function FieldTable({ caption, fields }: { caption: string; fields: Field[] }) {
  return (
    <div className="relative mt-2 overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400">
            <th scope="col" className="py-1 pr-4 font-medium">Name</th>
            <th scope="col" className="py-1 pr-4 font-medium">Type</th>
            <th scope="col" className="py-1 font-medium">Description</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.name} className="border-b border-slate-100 align-top dark:border-slate-800">
              <th scope="row" className="py-1.5 pr-4 font-mono text-xs font-normal">
                {field.name}
                {field.required && <span className="ml-1 text-rose-700 dark:text-rose-400">required</span>}
              </th>
              <td className="py-1.5 pr-4 font-mono text-xs break-words">{field.type}</td>
              <td className="py-1.5 text-slate-700 dark:text-slate-300">
                <Prose text={field.description} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
