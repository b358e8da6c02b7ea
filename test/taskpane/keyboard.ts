/**
 * Keyboard helpers: jsdom moves no focus on Tab and clicks no button on Enter, so these do what a
 * browser does. Tab visits focusable elements in document order, as the pane sets no tabindex > 0.
 */
import { act, fireEvent } from "@testing-library/react";

const FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]";

export function tabbables(root: ParentNode = document.body): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      !el.closest("[hidden], [aria-hidden='true']") &&
      !(el instanceof HTMLInputElement && el.type === "hidden")
  );
}

/** Presses Tab: the focus moves to the next focusable element; returns it. */
export function tab(): HTMLElement {
  const active = document.activeElement as HTMLElement | null;
  fireEvent.keyDown(active ?? document.body, { key: "Tab", code: "Tab" });
  const list = tabbables();
  const next = list[(active ? list.indexOf(active) : -1) + 1] ?? list[0];
  act(() => next.focus());
  fireEvent.keyUp(next, { key: "Tab", code: "Tab" });
  return next;
}

/** Presses Enter on the focused element; a native button clicks itself unless the key was cancelled. */
export function pressEnter(): void {
  const el = document.activeElement as HTMLElement;
  const proceed = fireEvent.keyDown(el, { key: "Enter", code: "Enter" });
  if (proceed && el instanceof HTMLButtonElement && !el.disabled) fireEvent.click(el);
  fireEvent.keyUp(el, { key: "Enter", code: "Enter" });
}
