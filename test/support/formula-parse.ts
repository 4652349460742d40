import { parseAddress, type Rect } from "../../src/memory-excel/address";

/**
 * Parses the small formula language the tests' calculator evaluates: numbers, "text", TRUE/FALSE, error literals,
 * A1 references and ranges (optionally sheet-qualified), structured references ([@Col], [@[Col name]],
 * Table1[Col], Table1[[#This Row],[Col]]), function calls, and the operators + - * / ^ & % = <> < > <= >=
 * with Excel's precedence (negation binds tighter than ^, so =-2^2 is 4). Anything else is a parse failure,
 * which the evaluator reports as #NAME? (see formula-eval.ts).
 */
export type Ast =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "ref"; readonly sheet: string | null; readonly rect: Rect }
  | { readonly kind: "structured"; readonly table: string | null; readonly column: string; readonly thisRow: boolean }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly Ast[] }
  | { readonly kind: "unary"; readonly op: "-" | "+" | "%"; readonly operand: Ast }
  | { readonly kind: "binary"; readonly op: string; readonly left: Ast; readonly right: Ast };

const ERRORS = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"];
const COMPARISONS = ["<>", "<=", ">=", "=", "<", ">"];

class ParseError extends Error {}

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  parse(): Ast {
    const ast = this.comparison();
    this.skipSpace();
    if (this.pos < this.text.length) throw new ParseError(`unexpected "${this.text.slice(this.pos)}"`);
    return ast;
  }

  private skipSpace(): void {
    while (this.text[this.pos] === " ") this.pos += 1;
  }

  private take(token: string): boolean {
    this.skipSpace();
    if (this.text.startsWith(token, this.pos)) {
      this.pos += token.length;
      return true;
    }
    return false;
  }

  private comparison(): Ast {
    let left = this.concat();
    for (;;) {
      const op = COMPARISONS.find((candidate) => this.take(candidate));
      if (op === undefined) return left;
      left = { kind: "binary", op, left, right: this.concat() };
    }
  }

  private concat(): Ast {
    let left = this.additive();
    while (this.take("&")) left = { kind: "binary", op: "&", left, right: this.additive() };
    return left;
  }

  private additive(): Ast {
    let left = this.multiplicative();
    for (;;) {
      if (this.take("+")) left = { kind: "binary", op: "+", left, right: this.multiplicative() };
      else if (this.take("-")) left = { kind: "binary", op: "-", left, right: this.multiplicative() };
      else return left;
    }
  }

  private multiplicative(): Ast {
    let left = this.power();
    for (;;) {
      if (this.take("*")) left = { kind: "binary", op: "*", left, right: this.power() };
      else if (this.take("/")) left = { kind: "binary", op: "/", left, right: this.power() };
      else return left;
    }
  }

  private power(): Ast {
    let left = this.unary();
    while (this.take("^")) left = { kind: "binary", op: "^", left, right: this.unary() };
    return left;
  }

  private unary(): Ast {
    if (this.take("-")) return { kind: "unary", op: "-", operand: this.unary() };
    if (this.take("+")) return { kind: "unary", op: "+", operand: this.unary() };
    let operand = this.primary();
    while (this.take("%")) operand = { kind: "unary", op: "%", operand };
    return operand;
  }

  private primary(): Ast {
    this.skipSpace();
    const rest = this.text.slice(this.pos);
    if (this.take("(")) {
      const inner = this.comparison();
      if (!this.take(")")) throw new ParseError("missing )");
      return inner;
    }
    const number = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (number !== null) {
      this.pos += number[0].length;
      return { kind: "number", value: Number(number[0]) };
    }
    if (rest.startsWith('"')) return this.textLiteral();
    const error = ERRORS.find((candidate) => rest.toUpperCase().startsWith(candidate));
    if (error !== undefined) {
      this.pos += error.length;
      return { kind: "error", value: error };
    }
    if (rest.startsWith("[")) return this.structured(null);
    return this.reference(rest);
  }

  private textLiteral(): Ast {
    let value = "";
    let index = this.pos + 1;
    for (;;) {
      const char = this.text[index];
      if (char === undefined) throw new ParseError("unterminated text");
      if (char === '"' && this.text[index + 1] === '"') {
        value += '"';
        index += 2;
      } else if (char === '"') {
        this.pos = index + 1;
        return { kind: "text", value };
      } else {
        value += char;
        index += 1;
      }
    }
  }

  private reference(rest: string): Ast {
    const sheetRef = /^('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/.exec(rest);
    if (sheetRef !== null) {
      const parsed = parseAddress(sheetRef[0]);
      if (parsed === null) throw new ParseError(`bad reference ${sheetRef[0]}`);
      this.pos += sheetRef[0].length;
      return { kind: "ref", sheet: parsed.sheet, rect: parsed.rect };
    }
    const cellRef = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?![A-Za-z0-9_.(\[])/.exec(rest);
    if (cellRef !== null) {
      const parsed = parseAddress(cellRef[0]);
      if (parsed !== null) {
        this.pos += cellRef[0].length;
        return { kind: "ref", sheet: null, rect: parsed.rect };
      }
    }
    const name = /^[A-Za-z_\\][A-Za-z0-9_.]*/.exec(rest);
    if (name === null) throw new ParseError(`unexpected "${rest}"`);
    this.pos += name[0].length;
    const upper = name[0].toUpperCase();
    if (this.text[this.pos] === "[") return this.structured(name[0]);
    if (this.take("(")) return { kind: "call", name: upper, args: this.args() };
    if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
    return { kind: "name", name: name[0] };
  }

  private args(): Ast[] {
    const args: Ast[] = [];
    if (this.take(")")) return args;
    for (;;) {
      args.push(this.comparison());
      if (this.take(")")) return args;
      if (!this.take(",")) throw new ParseError("expected , or )");
    }
  }

  /** Reads a bracketed structured reference starting at "[", where "'" escapes the next character. */
  private structured(table: string | null): Ast {
    let depth = 0;
    let index = this.pos;
    for (; index < this.text.length; index += 1) {
      const char = this.text[index];
      if (char === "'") index += 1;
      else if (char === "[") depth += 1;
      else if (char === "]" && --depth === 0) break;
    }
    if (depth !== 0) throw new ParseError("unterminated structured reference");
    const content = this.text.slice(this.pos + 1, index);
    this.pos = index + 1;
    if (content.startsWith("@")) {
      const inner = content.slice(1);
      const column = inner.startsWith("[") && inner.endsWith("]") ? inner.slice(1, -1) : inner;
      return { kind: "structured", table, column: unescapeName(column), thisRow: true };
    }
    if (!content.startsWith("[")) return { kind: "structured", table, column: unescapeName(content), thisRow: false };
    const items = [...content.matchAll(/\[((?:'.|[^\]'])*)\]/g)].map((match) => unescapeName(match[1] ?? ""));
    const thisRow = items.some((item) => item.toLowerCase() === "#this row");
    const columns = items.filter((item) => !item.startsWith("#"));
    const column = columns[0];
    if (column === undefined || columns.length > 1 || items.length - columns.length > (thisRow ? 1 : 0)) {
      throw new ParseError("unsupported structured reference");
    }
    return { kind: "structured", table, column, thisRow };
  }
}

function unescapeName(name: string): string {
  return name.replace(/'(.)/g, "$1").trim();
}

/** Parses a formula (with its leading "="); null when this grammar cannot read it. */
export function parseFormula(formula: string): Ast | null {
  try {
    return new Parser(formula.startsWith("=") ? formula.slice(1) : formula).parse();
  } catch (error) {
    if (error instanceof ParseError) return null;
    throw error;
  }
}
