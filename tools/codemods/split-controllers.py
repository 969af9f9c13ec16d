"""One controller per file: splits each libs/api/*/src/lib/*.controllers.ts into <name>.controller.ts files (and a
<domain>-http.ts for what several of them share), and points every import at the new files. Run once from the root."""
import glob, os, re

IMPORT = re.compile(r"^import\s[\s\S]*?from\s+'([^']+)';\n", re.M)
def kebab(name): return re.sub(r'(?<!^)(?=[A-Z])', '-', name).lower()

def names_of(stmt):
    m = re.match(r"import\s+(type\s+)?\{([\s\S]*?)\}\s+from", stmt)
    if m: return [n.strip() for n in m.group(2).split(',') if n.strip()]
    m = re.match(r"import\s+(\* as\s+)?(\w+)", stmt)
    return [m.group(2)] if m else []

def used(name, text): return re.search(r'(?<![\w$])(?<![\w)\]]\.)' + re.escape(name.split(' as ')[-1]) + r'(?![\w$])', text) is not None

def filtered_imports(imports, body):
    out = []
    for stmt, src in imports:
        m = re.match(r"import\s+(type\s+)?\{([\s\S]*?)\}\s+from", stmt)
        if m:
            keep = [n for n in names_of(stmt) if used(n, body)]
            if keep: out.append(f"import {m.group(1) or ''}{{ {', '.join(keep)} }} from '{src}';\n")
        elif any(used(n, body) for n in names_of(stmt)) or not names_of(stmt):
            out.append(stmt)
    return ''.join(out)

moved = {}  # old module path (no .ts) -> {exported name: new module}
for path in sorted(glob.glob('libs/api/*/src/lib/*.controllers.ts')):
    text = open(path).read()
    lib_dir = os.path.dirname(path)
    domain = os.path.basename(path).split('.')[0]
    first = text.index('@ApiTags(')
    starts = [m.start() for m in re.finditer(r'^@ApiTags\(', text, re.M)]
    # A class's doc comment belongs to it.
    def back(i):
        before = text[:i].rstrip()
        if before.endswith('*/'):
            j = before.rfind('/**')
            if j >= 0 and text[j:i].count('*/') == 1: return j
        return i
    starts = [back(s) for s in starts]
    pre = text[:starts[0]]
    imports = [(m.group(0), m.group(1)) for m in IMPORT.finditer(pre)]
    rest = IMPORT.sub('', pre).strip()
    blocks = [text[s:e].strip() + '\n' for s, e in zip(starts, starts[1:] + [len(text)])]
    # Top-level statements of the preamble, split on blank lines (each starts at column 0).
    stmts, cur, depth, in_doc = [], [], 0, False
    for line in rest.split('\n'):
        if not cur and not line.strip(): continue
        cur.append(line)
        stripped = line.strip()
        if stripped.startswith('/**'): in_doc = True
        if in_doc:
            if '*/' in stripped: in_doc = False
            continue
        depth += sum(line.count(c) for c in '{([') - sum(line.count(c) for c in '})]')
        if depth == 0 and (stripped.endswith(';') or stripped.endswith('}')):
            stmts.append('\n'.join(cur).strip() + '\n'); cur = []
    if cur: stmts.append('\n'.join(cur).strip() + '\n')
    def declared(stmt):
        code = re.sub(r'/\*\*[\s\S]*?\*/\s*', '', stmt)
        m = re.match(r'(?:export\s+)?(?:const|function|interface|type|class)\s+(\w+)', code)
        if m: return [m.group(1)]
        m = re.match(r'(?:export\s+)?const\s+\{([^}]*)\}', code)
        return [n.strip() for n in m.group(1).split(',')] if m else []
    users = {i: [b for b in blocks if any(used(n, b) for n in declared(st))] for i, st in enumerate(stmts)}
    shared = [st for i, st in enumerate(stmts) if len(users[i]) > 1 and not st.lstrip().startswith('const {')]
    shared_names = [n for st in shared for n in declared(st)]
    http_module = f'{domain}-http'
    old_mod = path[:-3]
    moved[old_mod] = {}
    if shared:
        body = ''.join(shared)
        body = re.sub(r'^(const|function|interface|type) ', r'export \1 ', body, flags=re.M)
        body = '\n'.join(body.split('\n'))
        # Shared statements may need the destructured roles.
        destructure = [st for st in stmts if st.lstrip().startswith('const {') and any(used(n, body) for n in declared(st))]
        content = filtered_imports(imports, body + ''.join(destructure)) + '\n' + ''.join(d + '\n' for d in destructure) + body
        open(os.path.join(lib_dir, http_module + '.ts'), 'w').write(content)
        for n in shared_names: moved[old_mod][n] = f'./{http_module}'
    for block in blocks:
        cls = re.search(r'export class (\w+)', block).group(1)
        fname = kebab(cls[:-len('Controller')]) + '.controller'
        own = [st for i, st in enumerate(stmts) if block in users[i] and st not in shared]
        own_text = '\n'.join(own)
        code = own_text + '\n' + block
        imps = filtered_imports(imports, code)
        needed_shared = [n for n in shared_names if used(n, code)]
        if needed_shared: imps += f"import {{ {', '.join(needed_shared)} }} from './{http_module}';\n"
        open(os.path.join(lib_dir, fname + '.ts'), 'w').write(imps + '\n' + (own_text + '\n\n' if own else '') + block)
        moved[old_mod][cls] = f'./{fname}'
        for st in own:
            for n in declared(st):
                if re.match(r'\s*(/\*\*[\s\S]*?\*/\s*)?export ', st): moved[old_mod][n] = f'./{fname}'
    os.remove(path)

# Point every import of an old *.controllers module at the new files.
for f in glob.glob('libs/**/*.ts', recursive=True) + glob.glob('apps/**/*.ts', recursive=True):
    if 'node_modules' in f: continue
    text = open(f).read(); orig = text
    for old_mod, names in moved.items():
        rel = os.path.relpath(old_mod, os.path.dirname(f))
        rel = rel if rel.startswith('.') else './' + rel
        pat = re.compile(r"import\s+(type\s+)?\{([^}]*)\}\s+from\s+'" + re.escape(rel) + r"';\n")
        def repl(m):
            groups = {}
            for n in [x.strip() for x in m.group(2).split(',') if x.strip()]:
                target = names.get(n.split(' as ')[0])
                if target is None: raise SystemExit(f'{f}: {n} not found in {old_mod}')
                t = os.path.relpath(os.path.join(os.path.dirname(old_mod), target[2:]), os.path.dirname(f))
                t = t if t.startswith('.') else './' + t
                groups.setdefault(t, []).append(n)
            return ''.join(f"import {m.group(1) or ''}{{ {', '.join(ns)} }} from '{t}';\n" for t, ns in groups.items())
        text = pat.sub(repl, text)
        text = re.sub(r"export \* from '" + re.escape(rel) + r"';\n", lambda m: ''.join(sorted({f"export * from '{os.path.relpath(os.path.join(os.path.dirname(old_mod), t[2:]), os.path.dirname(f)) if os.path.relpath(os.path.join(os.path.dirname(old_mod), t[2:]), os.path.dirname(f)).startswith('.') else './' + os.path.relpath(os.path.join(os.path.dirname(old_mod), t[2:]), os.path.dirname(f))}';\n" for t in names.values()})), text)
    if text != orig: open(f, 'w').write(text)
print('\n'.join(f'{k}: {sorted(set(v.values()))}' for k, v in moved.items()))
