import { screen } from "@testing-library/react";
import { blankContract } from "../../src/domain/contract";
import { StoreErrorBar } from "../../src/taskpane/shared/messages";
import type { StoreError } from "../../src/workbook/contract-store";
import { renderPane } from "./support/render";

const stored = {
  contract: blankContract("VC-0001"),
  draft: {},
  cells: [],
  id: "VC-0001",
  row: 2,
  version: 2,
  fingerprint: "x",
  figures: null,
  problems: [],
};

describe("StoreErrorBar", () => {
  it("shows the store's message, what to do, and Setup for a missing or damaged layout", async () => {
    const onOpenSetup = jest.fn();
    const error: StoreError = {
      kind: "layout",
      message: "Column Status is missing.",
      problems: [{ sheet: "Value Contracts", row: 1, column: "Status", field: "status", message: "Missing column." }],
    };
    const { user } = renderPane(<StoreErrorBar error={error} onOpenSetup={onOpenSetup} />);
    expect(screen.getByText("The table layout is damaged")).toBeTruthy();
    expect(screen.getByText("Column Status is missing.")).toBeTruthy();
    expect(screen.getByText(/Repair: it adds what is missing without moving your data/)).toBeTruthy();
    expect(screen.getByRole("list", { name: "Layout problems" }).textContent).toBe("Value Contracts, row 1, column Status: Missing column.");
    await user.click(screen.getByRole("button", { name: "Open setup" }));
    expect(onOpenSetup).toHaveBeenCalled();
  });

  it("offers Reload for a conflict, and Try again when the caller can retry", async () => {
    const onReload = jest.fn();
    const onRetry = jest.fn();
    const { user } = renderPane(
      <StoreErrorBar error={{ kind: "conflict", message: "Row 2 changed.", current: stored }} onReload={onReload} onRetry={onRetry} onOpenSetup={jest.fn()} />,
    );
    expect(screen.getByText("Changed by someone else")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Open setup" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Reload" }));
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(onReload).toHaveBeenCalled();
    expect(onRetry).toHaveBeenCalled();
  });

  it("lists field problems of an invalid record, as text", () => {
    renderPane(
      <StoreErrorBar error={{ kind: "invalid", message: "The contract has problems.", problems: [{ field: "title", message: "<b>Title</b> is required." }] }} />,
    );
    const list = screen.getByRole("list", { name: "Field problems" });
    expect(list.textContent).toBe("<b>Title</b> is required.");
    expect(list.querySelector("b")).toBeNull();
  });
});
