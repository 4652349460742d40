import type { AccordionToggleEventHandler } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { CONTRACT_SECTIONS, fieldControlId, type EditableField } from "./contract-fields";

const sectionOf = (key: EditableField): string =>
  CONTRACT_SECTIONS.find((section) => section.fields.some((spec) => spec.key === key))?.id ?? CONTRACT_SECTIONS[0]?.id ?? "";

/**
 * Which contract sections are open, and focusing a field on request (after a failed save): its section
 * opens first, then the field takes focus once it is in the page.
 */
export function useSectionFocus(initiallyOpen: readonly string[]) {
  const [openItems, setOpenItems] = useState<readonly string[]>(initiallyOpen);
  const [pending, setPending] = useState<EditableField | null>(null);

  useEffect(() => {
    if (pending === null) return;
    document.getElementById(fieldControlId(pending))?.focus();
    setPending(null);
  }, [pending, openItems]);

  const focusField = useCallback((key: EditableField) => {
    const section = sectionOf(key);
    setOpenItems((open) => (open.includes(section) ? open : [...open, section]));
    setPending(key);
  }, []);

  const onToggle: AccordionToggleEventHandler<string> = useCallback((_, data) => setOpenItems(data.openItems), []);

  return { openItems, onToggle, focusField };
}

/** The sections to open first: those with a problem, or else the first one. */
export function sectionsToOpen(invalid: readonly EditableField[]): string[] {
  const sections = [...new Set(invalid.map(sectionOf))];
  return sections.length > 0 ? sections : [CONTRACT_SECTIONS[0]?.id ?? ""];
}
