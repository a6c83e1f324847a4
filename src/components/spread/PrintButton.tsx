"use client";
import { Button } from "@/components/ui/Button";

/** Prints the page (the app's frame is hidden in print). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" className="no-print" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
