"use client";
// An ARIA combobox over a text input and a list of suggestions (the WAI-ARIA "list autocomplete"
// pattern): Up and Down move through the options, Enter picks the active one, Escape closes the
// list, and focus never leaves the input, so picking keeps the user where they are.
import { useEffect, useId, useState, type KeyboardEvent, type MouseEvent } from "react";

export function useCombobox<T>({ items, onPick, autoSelectFirst = false }: { items: T[]; onPick: (item: T) => void; autoSelectFirst?: boolean }) {
  const listId = useId();
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(true);
  // New suggestions: reopen the list, and (in pickers) make the first one active so Enter takes it.
  useEffect(() => {
    setActive(autoSelectFirst && items.length > 0 ? 0 : -1);
    setOpen(true);
  }, [items, autoSelectFirst]);
  const expanded = open && items.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;
  const pick = (i: number) => {
    setOpen(false);
    onPick(items[i]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (items.length === 0) return;
      e.preventDefault();
      if (!expanded) return (setOpen(true), setActive(e.key === "ArrowDown" ? 0 : items.length - 1));
      setActive((a) => (e.key === "ArrowDown" ? (a + 1) % items.length : a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === "Enter" && expanded && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === "Escape" && expanded) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return {
    expanded,
    active,
    inputProps: {
      role: "combobox" as const,
      "aria-autocomplete": "list" as const,
      "aria-expanded": expanded,
      "aria-controls": expanded ? listId : undefined,
      "aria-activedescendant": expanded && active >= 0 ? optionId(active) : undefined,
      onKeyDown,
    },
    listProps: { id: listId, role: "listbox" as const },
    optionProps: (i: number) => ({
      id: optionId(i),
      role: "option" as const,
      "aria-selected": i === active,
      // mousedown would move focus to the option: keep it in the input
      onMouseDown: (e: MouseEvent) => e.preventDefault(),
      onClick: () => pick(i),
      onMouseMove: () => setActive(i),
    }),
  };
}
