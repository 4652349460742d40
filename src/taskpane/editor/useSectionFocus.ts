import type { AccordionToggleEventHandler } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { CONTRACT_SECTIONS, type EditableField } from "./contract-fields";

const sectionOf = (key: EditableField): string =>
  CONTRACT_SECTIONS.find((section) => section.fields.some((spec) => spec.key === key))?.id ?? CONTRACT_SECTIONS[0]?.id ?? "";

/**
 * Which contract sections are open, and a field waiting to be focused (after a failed save): its
 * section opens, and the field focuses itself once it is in the page (a panel mounts its content
 * after it opens), then calls focused(). `initiallyOpen` runs once, on the first render.
 */
export function useSectionFocus(initiallyOpen: () => readonly string[]) {
  const [openItems, setOpenItems] = useState<readonly string[]>(initiallyOpen);
  const [pendingFocus, setPendingFocus] = useState<EditableField | null>(null);

  const focusField = useCallback((key: EditableField) => {
    const section = sectionOf(key);
    setOpenItems((open) => (open.includes(section) ? open : [...open, section]));
    setPendingFocus(key);
  }, []);
  const focused = useCallback(() => setPendingFocus(null), []);
  const onToggle: AccordionToggleEventHandler<string> = useCallback((_, data) => setOpenItems(data.openItems), []);

  return { openItems, onToggle, focusField, pendingFocus, focused };
}

/** The sections to open first: those with a problem, or else the first one. */
export function sectionsToOpen(invalid: readonly EditableField[]): string[] {
  const sections = [...new Set(invalid.map(sectionOf))];
  return sections.length > 0 ? sections : [CONTRACT_SECTIONS[0]?.id ?? ""];
}
