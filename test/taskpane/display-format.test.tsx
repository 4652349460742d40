import { render, screen } from "@testing-library/react";
import { blankContract } from "../../src/domain/contract";
import { ContractFacts } from "../../src/taskpane/review/ReviewParts";
import { DisplayFormatProvider } from "../../src/taskpane/shared/display-format";

// Expected texts are written out by hand, as each locale's users write them.
const contract = { ...blankContract("VC-0001"), title: "Claims triage", expandAtValue: 1_200_000, stopBelowValue: -95_000, lastReview: "2026-01-31" };

const fact = (label: string): string => screen.getByText(label).nextElementSibling?.textContent ?? "";

describe("dates and amounts in the pane's locale", () => {
  it("follow the locale the composition root hands down", () => {
    render(
      <DisplayFormatProvider locale="de-DE">
        <ContractFacts contract={contract} />
      </DisplayFormatProvider>,
    );
    expect(fact("Expand at")).toBe("1.200.000");
    expect(fact("Stop below")).toBe("-95.000");
    expect(fact("Last review")).toBe("31. Jan. 2026");
  });

  it("are British English when nothing is handed down, whatever the browser's language", () => {
    render(<ContractFacts contract={contract} />);
    expect(fact("Expand at")).toBe("1,200,000");
    expect(fact("Last review")).toBe("31 Jan 2026");
  });

  it("are American English in en-US", () => {
    render(
      <DisplayFormatProvider locale="en-US">
        <ContractFacts contract={contract} />
      </DisplayFormatProvider>,
    );
    expect(fact("Last review")).toBe("Jan 31, 2026");
  });
});
