import type { ReactNode } from "react";
import { Table, Td, Th } from "@/components/ui/Table";

export type ChartRow = { key: string; label: ReactNode; value: number; href?: string; extra?: ReactNode };

/**
 * The numbers behind a chart, one click away (WHAT-USERS-ASK §4): a disclosure with a table whose
 * counts link to the list of what they count. Shared by every chart so they read alike.
 */
export function ChartNumbers({
  caption,
  tableLabel,
  headers,
  rows,
  format,
}: {
  caption: string;
  tableLabel: string;
  /** Label column, value column, and optionally one extra column (a share, say). */
  headers: [string, string] | [string, string, string];
  rows: ChartRow[];
  format: (n: number) => string;
}) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm text-blue-800">{tableLabel}</summary>
      <div className="mt-2">
        <Table caption={caption}>
          <thead>
            <tr>
              <Th>{headers[0]}</Th>
              <Th className="text-right">{headers[1]}</Th>
              {headers[2] ? <Th className="text-right">{headers[2]}</Th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <Td>{r.label}</Td>
                <Td className="text-right tabular-nums">
                  {r.href ? (
                    <a className="text-blue-800 underline" href={r.href}>
                      {format(r.value)}
                    </a>
                  ) : (
                    format(r.value)
                  )}
                </Td>
                {headers[2] ? <Td className="text-right tabular-nums">{r.extra}</Td> : null}
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </details>
  );
}
