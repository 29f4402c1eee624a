// Config of `custom-elements-manifest analyze` (run by scripts/build-extras.js): the manifest that
// editors, Storybook and framework tooling read to know <status-banner>'s attributes, properties,
// events, parts and custom properties. Everything in it comes from the source and its JSDoc
// (`@fires`, `@csspart`, `@cssprop`, field comments); test/unit/manifest.test.ts checks it against
// the names of DESIGN.md.
import ts from 'typescript';

/**
 * src/x/y.ts, ./x/y.js (relative to src/), /src/x/y.js → dist/x/y.js: the files the package ships.
 * The fallback page's modules are shipped as one script, dist/status-page.js.
 */
function shippedPath(path) {
  const inSrc = path
    .replace(/^\.?\//, '')
    .replace(/^src\//, '')
    .replace(/\.ts$/, '.js');
  return inSrc.startsWith('page/') ? 'dist/status-page.js' : `dist/${inSrc}`;
}

/**
 * The analyzer writes a property's type and default as written in the source (`FeedFormat`,
 * `ATTRIBUTE_DEFAULTS.interval`), which tells an editor nothing. They are resolved here with the
 * project's TypeScript: `'auto' | 'native' | …`, `60`. Inherited fields (FeedElement's) count, each
 * as the most derived class declares it: `<status-page>` redeclares `interval` with its own default.
 */
function resolveTypesAndDefaults(file, className) {
  const program = ts.createProgram([file], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const expanded = new Map();
  const defaults = new Map();
  const source = program.getSourceFile(file);
  const isNullish = (type) => (type.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) !== 0;
  const print = (type) => (type.isStringLiteral() ? `'${type.value}'` : checker.typeToString(type));
  const isLiteral = (node) =>
    ts.isStringLiteral(node) ||
    ts.isNumericLiteral(node) ||
    [ts.SyntaxKind.NullKeyword, ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword].includes(node.kind);
  ts.forEachChild(source, (node) => {
    if (!ts.isClassDeclaration(node) || !node.name || node.name.text !== className) return;
    const instance = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(node.name));
    for (const property of checker.getPropertiesOfType(instance)) {
      const member = property.valueDeclaration;
      if (!member || !ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
      if (member.getSourceFile().isDeclarationFile) continue; // LitElement's own
      // A literal as written (`'auto'`, as the analyzer writes it), a constant as its value.
      const initial = member.initializer && checker.getTypeAtLocation(member.initializer);
      if (member.initializer && isLiteral(member.initializer)) defaults.set(member.name.text, member.initializer.getText());
      else if (initial?.isLiteral()) defaults.set(member.name.text, JSON.stringify(initial.value));
      if (!member.type) continue;
      const type = checker.getTypeFromTypeNode(member.type);
      const members = type.isUnion() ? [...type.types] : [type];
      // `'a' | 'b' | null`, as one would write it, not TypeScript's `null | 'a' | 'b'`.
      members.sort((a, b) => Number(isNullish(a)) - Number(isNullish(b)));
      expanded.set(member.name.text, members.map(print).join(' | '));
    }
  });
  return { types: expanded, defaults };
}

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const shippedManifest = {
  name: 'status-banner-shipped-manifest',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      const sourcePath = module.path;
      module.path = shippedPath(module.path);
      for (const exported of module.exports ?? []) {
        if (exported.declaration?.module) exported.declaration.module = shippedPath(exported.declaration.module);
      }
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement) continue;
        // The elements' shared base class, FeedElement (a custom element class with no tag of its own).
        for (const reference of [
          declaration.superclass,
          ...[declaration.members, declaration.attributes].flat().map((entry) => entry?.inheritedFrom),
        ]) {
          if (reference?.module) reference.module = shippedPath(reference.module);
        }
        // Private fields are implementation details, not API; protected ones serve FeedElement's subclasses, not pages.
        declaration.members = declaration.members?.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected');
        // In the order Lit observes them, a superclass's first (the analyzer appends inherited ones).
        declaration.attributes?.sort((a, b) => Number(!a.inheritedFrom) - Number(!b.inheritedFrom));
        // `emit(type, …)` dispatches every event, so the analyzer also lists one named `type`:
        // the events are the ones documented with `@fires` (each has a description).
        declaration.events = declaration.events?.filter((event) => event.description);
        const { types, defaults } = resolveTypesAndDefaults(sourcePath, declaration.name);
        for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          const name = entry.fieldName ?? entry.name;
          // A new object: the analyzer shares one between a superclass's entry and its copies in subclasses.
          if (entry.type && /\b[A-Z]\w*/.test(entry.type.text) && types.has(name)) entry.type = { text: types.get(name) };
          // A default the analyzer could not read (a constant from another module) is resolved, and
          // an inherited one gives way to the subclass's.
          if (defaults.has(name)) entry.default = defaults.get(name);
        }
        // An attribute says what its field says. For an inherited attribute whose field the element
        // redeclares (`<status-page>`'s `src`), the analyzer keeps the superclass's description.
        for (const attribute of declaration.attributes ?? []) {
          const field = declaration.members?.find((member) => member.name === attribute.fieldName);
          if (field?.description) attribute.description = field.description;
        }
      }
    }
    // Modules shipped in one file (the fallback page's) become one module.
    const byPath = new Map();
    for (const module of customElementsManifest.modules) {
      const shipped = byPath.get(module.path);
      if (!shipped) byPath.set(module.path, module);
      else {
        shipped.declarations = [...(shipped.declarations ?? []), ...(module.declarations ?? [])];
        shipped.exports = [...(shipped.exports ?? []), ...(module.exports ?? [])];
      }
    }
    customElementsManifest.modules = [...byPath.values()];
  },
};

export default {
  globs: [
    'src/define.ts',
    'src/ui/feed-element.ts',
    'src/banner/status-banner.ts',
    'src/page/define-status-page.ts',
    'src/page/status-page.ts',
  ],
  outdir: '.',
  // `static properties` (no decorators): the Lit plugin reads attributes, types and defaults from it.
  litelement: true,
  // package.json already names the manifest; do not let the analyzer rewrite it on every build.
  packagejson: false,
  quiet: true,
  plugins: [shippedManifest],
};
