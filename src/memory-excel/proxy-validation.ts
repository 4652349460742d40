import type { DataValidationLike } from "../workbook/excel-api";
import { propertyNotLoaded } from "./errors";
import { queueCommand, type ProxyContext } from "./proxy-base";
import type { RangeProxy } from "./proxy-range";
import type { Validation } from "./styles";
import { toRule, updateValidation } from "./validation";

type Rule = DataValidationLike["rule"];
type Alert = DataValidationLike["errorAlert"];
type PromptLike = DataValidationLike["prompt"];

/**
 * Range.dataValidation: rule (a list, decimal, whole number or date), errorAlert, prompt and ignoreBlanks, each set
 * on its own and stored per cell (validation.ts). Each reads back as assigned (the store never loads them; office.js
 * keeps an assigned value). Writes through the API are not checked against rules, as in Excel ("data validation is
 * triggered only if the user directly enters a value"); a user's typing is (inspect.ts, setCellDirect).
 */
export class DataValidationProxy implements DataValidationLike {
  private assigned: { rule?: Rule; errorAlert?: Alert; prompt?: PromptLike; ignoreBlanks?: boolean } = {};

  constructor(
    private readonly ctx: ProxyContext,
    private readonly range: RangeProxy,
  ) {}

  private read<K extends keyof DataValidationProxy["assigned"]>(key: K): NonNullable<DataValidationProxy["assigned"][K]> {
    const value = this.assigned[key];
    if (value === undefined) throw propertyNotLoaded("DataValidation", key);
    return value;
  }

  private update(payload: unknown, change: (validation: Validation) => Validation): void {
    queueCommand(this.ctx, payload, () => {
      const { sheet, rect } = this.range.locate();
      updateValidation(this.ctx.model, sheet, rect, change);
    });
  }

  get rule(): Rule {
    return this.read("rule");
  }

  set rule(rule: Rule) {
    this.assigned.rule = rule;
    const payload = typeof rule.list?.source === "object" ? { list: { inCellDropDown: rule.list.inCellDropDown } } : rule;
    this.update(payload, (validation) => ({ ...validation, rule: toRule(this.ctx.model, rule, "DataValidation.rule") }));
  }

  get errorAlert(): Alert {
    return this.read("errorAlert");
  }

  /** "style: The data validation alert type"; Stop refuses a typed entry, Warning and Information let the user go on. */
  set errorAlert(alert: Alert) {
    this.assigned.errorAlert = alert;
    const { message, showAlert, style, title } = alert;
    this.update(alert, (validation) => ({ ...validation, errorAlert: { message, showAlert, style, title } }));
  }

  get prompt(): PromptLike {
    return this.read("prompt");
  }

  set prompt(prompt: PromptLike) {
    this.assigned.prompt = prompt;
    const { message, showPrompt, title } = prompt;
    this.update(prompt, (validation) => ({ ...validation, prompt: { message, showPrompt, title } }));
  }

  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }

  /** "Specifies if data validation will be performed on blank cells. Default is true." */
  set ignoreBlanks(ignoreBlanks: boolean) {
    this.assigned.ignoreBlanks = ignoreBlanks;
    this.update(ignoreBlanks, (validation) => ({ ...validation, ignoreBlanks }));
  }
}
