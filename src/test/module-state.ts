/**
 * Top-level declarations that hold mutable state: a `let` or `var`, or a `const` made with
 * `new Map`/`Set`/`WeakMap`/`WeakSet`/`WeakRef` that is not typed `Readonly...`.
 */
import ts from 'typescript';

const MUTABLE = /^(Weak)?(Map|Set)$|^WeakRef$/;

/** `name:line` of each top-level declaration in `text` that holds mutable state. */
export function moduleState(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const isConst = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const d of st.declarationList.declarations) {
      const init = d.initializer;
      const readOnly = d.type !== undefined && /^Readonly/.test(d.type.getText(sf));
      const mutable =
        init !== undefined &&
        ts.isNewExpression(init) &&
        MUTABLE.test(init.expression.getText(sf)) &&
        !readOnly;
      if (!isConst || mutable) {
        const line = sf.getLineAndCharacterOfPosition(d.getStart(sf)).line + 1;
        found.push(`${d.name.getText(sf)}:${line}`);
      }
    }
  }
  return found;
}
