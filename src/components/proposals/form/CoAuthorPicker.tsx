"use client";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Input } from "@/components/ui/Field";
import { COLLEAGUE_QUERY_MIN, ROWS_MAX } from "@/domain/plan";
import { fieldId } from "./steps";

/** What the picker shows of a person: a name and where they work. */
export type Colleague = { id: string; fullName: string; unitName: string };

/** Search-as-you-type for co-authors (users of the system), bounded server-side to 10 matches. */
export function CoAuthorPicker({
  label,
  hint,
  searchLabel,
  noneLabel,
  addLabel,
  removeLabel,
  initial,
  value,
  onChange,
  search,
  error,
}: {
  label: string;
  hint: string;
  searchLabel: string;
  noneLabel: string;
  addLabel: string;
  removeLabel: string;
  initial: Colleague[];
  value: string[];
  onChange: (ids: string[]) => void;
  search: (q: string) => Promise<Colleague[]>;
  error?: string;
}) {
  const [known, setKnown] = useState<Record<string, Colleague>>(() => Object.fromEntries(initial.map((c) => [c.id, c])));
  const [q, setQ] = useState("");
  const [results, setResults] = useState<Colleague[] | null>(null);
  const listId = useId();

  useEffect(() => {
    if (q.trim().length < COLLEAGUE_QUERY_MIN) return;
    let cancelled = false;
    const handle = setTimeout(() => {
      search(q)
        .then((r) => {
          if (!cancelled) setResults(r);
        })
        .catch(() => {
          if (!cancelled) setResults([]);
        });
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(handle);
    };
  }, [q, search]);

  const shown = q.trim().length < COLLEAGUE_QUERY_MIN ? null : results;
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-slate-800" id={`${listId}-label`}>
        {label}
      </p>
      {value.length ? (
        <ul className="flex flex-wrap gap-2" aria-labelledby={`${listId}-label`}>
          {value.map((id) => (
            <li key={id} className="flex items-center gap-1 rounded-full bg-slate-100 py-1 pl-3 pr-1 text-sm">
              {known[id]?.fullName ?? id}
              <button type="button" className="rounded-full px-2 text-slate-600 hover:bg-slate-200" aria-label={`${removeLabel}: ${known[id]?.fullName ?? id}`} onClick={() => onChange(value.filter((x) => x !== id))}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={fieldId("coAuthorIds")} className="sr-only">
        {searchLabel}
      </label>
      <Input id={fieldId("coAuthorIds")} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={searchLabel} aria-describedby={`${listId}-hint`} invalid={!!error} />
      <p id={`${listId}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {shown ? (
        shown.length ? (
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-live="polite">
            {shown.map((c) => (
              <li key={c.id} className="flex items-center justify-between gap-2 px-3 py-2 text-sm">
                <span>
                  <span className="font-medium">{c.fullName}</span>
                  {c.unitName ? <span className="text-slate-600"> · {c.unitName}</span> : null}
                </span>
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={value.includes(c.id) || value.length >= ROWS_MAX.coAuthorIds}
                  onClick={() => {
                    setKnown((k) => ({ ...k, [c.id]: c }));
                    onChange([...value, c.id]);
                    setQ("");
                  }}
                >
                  {addLabel}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600" aria-live="polite">
            {noneLabel}
          </p>
        )
      ) : null}
    </div>
  );
}
