// Vite plugin: collapses the indentation inside Lit's css`` and html`` templates of our sources.
// Minifiers leave template text alone (it is data to them); for Lit it is markup and CSS where
// runs of whitespace mean one space at most.
import ts from 'typescript';

const TAGS = new Set(['css', 'html']);

/**
 * Whitespace runs that contain a line break are indentation: one space at most. In HTML, a static
 * attribute value of word characters and hyphens loses its quotes (`part="icon"` → `part=icon`);
 * bindings (`${…}`) and values with spaces, dots or slashes keep theirs. In CSS, comments
 * go, and so do spaces next to `{ } ;` and after `: ,` (never before `:`, which would turn a
 * descendant `a :focus` into `a:focus`), the last `;` of a block, the quotes around an attribute
 * selector's identifier value (`[part='icon']` → `[part=icon]`) and the zero of `0.5`.
 * (Our templates hold no `content` strings these rules could alter.)
 */
function collapse(text, tag) {
  const squeezed = text.replace(/\s*\n\s*/g, ' ');
  if (tag !== 'css') return squeezed.replace(/(\s[\w-]+)="([\w-]+)"(?=[\s>])/g, '$1=$2');
  return squeezed
    .replace(/\/\*[^*]*\*+([^/*][^*]*\*+)*\//g, '')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([:,])\s+/g, '$1')
    .replace(/;}/g, '}')
    .replace(/=(['"])([a-z][\w-]*)\1\]/gi, '=$2]')
    .replace(/([^\w.#-])0\.(\d)/g, '$1.$2');
}

function templateParts(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [template];
  return [template.head, ...template.templateSpans.map((span) => span.literal)];
}

export function minifyTemplates() {
  return {
    name: 'status-banner:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          for (const part of templateParts(node.template)) {
            // Text between the literal's delimiters (` … ${, } … ${, } … `), as written.
            const start = part.getStart(source) + 1;
            const end = part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
            edits.push([start, end, collapse(code.slice(start, end), node.tag.text)]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      let output = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) output = output.slice(0, start) + text + output.slice(end);
      return { code: output, map: null };
    },
  };
}
