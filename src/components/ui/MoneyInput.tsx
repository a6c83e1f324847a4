"use client";
import { useLayoutEffect, useRef, type InputHTMLAttributes, type Ref } from "react";
import { formatMoneyDigits, moneyDigits } from "@/domain/money";
import { Input } from "./Field";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type"> & {
  /** Plain digits ("1500000000"), or what an older draft held. */
  value: string;
  onChange: (digits: string) => void;
  invalid?: boolean;
  ref?: Ref<HTMLInputElement>;
};

/**
 * An amount in đồng, shown grouped as it is typed ("1.500.000.000") while the value stays plain
 * digits. The caret keeps its place among the digits when the dots move.
 */
export function MoneyInput({ value, onChange, ref, ...props }: Props) {
  const inner = useRef<HTMLInputElement | null>(null);
  const caretDigits = useRef<number | null>(null);
  const shown = /^\d*$/.test(value) ? formatMoneyDigits(value) : value;

  useLayoutEffect(() => {
    const el = inner.current;
    const n = caretDigits.current;
    if (!el || n === null || document.activeElement !== el) return;
    caretDigits.current = null;
    let pos = 0;
    let seen = 0;
    while (pos < el.value.length && seen < n) {
      if (/\d/.test(el.value[pos])) seen++;
      pos++;
    }
    el.setSelectionRange(pos, pos);
  }, [shown]);

  return (
    <Input
      {...props}
      ref={(el: HTMLInputElement | null) => {
        inner.current = el;
        if (typeof ref === "function") ref(el);
        else if (ref) (ref as { current: HTMLInputElement | null }).current = el;
      }}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={shown}
      onChange={(e) => {
        const el = e.target;
        caretDigits.current = moneyDigits(el.value.slice(0, el.selectionStart ?? el.value.length)).length;
        onChange(moneyDigits(el.value));
      }}
    />
  );
}
