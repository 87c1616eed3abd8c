/**
 * Classes with their decorators (NestJS controllers, guards, injectable services):
 * class, method and parameter decorators, the superclass, and what `this.<field>`
 * holds (constructor injection by type, `@InjectRepository(Entity)`, `@InjectModel(X.name)`).
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { ClassFact, DecoratorFact, ValueRef } from '../types';
import { Node, unwrap, posOf, lastName, textOf, walk, propName, staticString } from './ast';
import type { CodeExtractor } from './extractCode';

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

export function extractClasses(ex: CodeExtractor, ast: TSESTree.Program): ClassFact[] {
  const out: ClassFact[] = [];
  const erased = erasedTypeNames(ast);
  walk(ast, (n) => {
    if (n.type !== 'ClassDeclaration' && n.type !== 'ClassExpression') return undefined;
    out.push(classFact(ex, n, erased));
    return undefined;
  });
  return out;
}

/**
 * Type names with no class behind them at run time: interfaces and type aliases declared in the file, and
 * names imported with `import type` (a class imported so is erased too: the decorator metadata says `Object`).
 */
function erasedTypeNames(ast: TSESTree.Program): Set<string> {
  const names = new Set<string>();
  for (const st of ast.body) {
    const d = (st.type === 'ExportNamedDeclaration' || st.type === 'ExportDefaultDeclaration') && st.declaration ? st.declaration : st;
    if ((d.type === 'TSInterfaceDeclaration' || d.type === 'TSTypeAliasDeclaration') && d.id) names.add(d.id.name);
    if (st.type === 'ImportDeclaration') {
      for (const sp of st.specifiers) {
        if (sp.type === 'ImportSpecifier' && (st.importKind === 'type' || sp.importKind === 'type')) names.add(sp.local.name);
      }
    }
  }
  return names;
}

export function decoratorsOf(ex: CodeExtractor, node: { decorators?: TSESTree.Decorator[] }): DecoratorFact[] {
  return (node.decorators ?? []).map((d) => {
    const e = unwrap(d.expression as Node);
    if (e.type === 'CallExpression') {
      return { name: lastName(e), ref: ex.valueOf(e.callee), args: e.arguments.map((a) => ex.valueOf(a as Node)), text: textOf(ex.src, e, 160), pos: posOf(d) };
    }
    return { name: e.type === 'Identifier' ? e.name : e.type === 'MemberExpression' ? propName(e) ?? '' : '', ref: ex.valueOf(e), args: [], text: textOf(ex.src, e, 160), pos: posOf(d) };
  });
}

function classFact(ex: CodeExtractor, c: ClassNode, erased: Set<string>): ClassFact {
  const fact: ClassFact = {
    name: c.id?.name ?? '', pos: posOf(c), decorators: decoratorsOf(ex, c), methods: [], injectedModels: {},
    readsMetadata: /\breflector\b|Reflector|getAllAndOverride|getAllAndMerge|getMetadata/.test(ex.src.slice(c.range[0], c.range[1])),
  };
  if (fact.readsMetadata) {
    // (a guard asking only `context.getClass()` never sees a method's @Public(); one asking only `getHandler()`, never the controller's)
    const text = ex.src.slice(c.range[0], c.range[1]);
    const handler = /\bgetHandler\s*\(/.test(text);
    const cls = /\bgetClass\s*\(/.test(text);
    if (handler !== cls) fact.metadataTargets = [handler ? 'handler' : 'class'];
  }
  if (c.superClass) fact.superClass = ex.valueOf(c.superClass as Node);
  if (fact.readsMetadata) {
    // (a guard's canActivate answering `true`, an interceptor's intercept handing on `next.handle()`)
    const can = c.body.body.find((m): m is TSESTree.MethodDefinition => m.type === 'MethodDefinition' && /^(?:canActivate|intercept)$/.test(propName(m) ?? '') && m.value.type === 'FunctionExpression');
    const key = can?.value.body ? optInKey(ex, can.value.body.body as Node[]) : null;
    if (key) fact.optInMetadata = key;
  }
  for (const m of c.body.body) {
    if (m.type === 'MethodDefinition' && m.value.type === 'FunctionExpression') {
      const name = propName(m) ?? '';
      if (m.kind === 'constructor') {
        for (const p of m.value.params) readInjection(ex, p as Node, fact);
        continue;
      }
      fact.methods.push({
        name, fn: ex.fnIdOf(m.value), pos: posOf(m.key), decorators: decoratorsOf(ex, m),
        params: m.value.params.map((p) => decoratorsOf(ex, p as { decorators?: TSESTree.Decorator[] })),
        bodyUntyped: untypedBody(m.value.params as Node[], erased) || undefined,
        bodyAny: anyBody(m.value.params as Node[]) || undefined,
        ...bodyTypeOf(m.value.params as Node[], ex),
      });
    } else if (m.type === 'PropertyDefinition' && !m.static) {
      const name = propName(m);
      const model = injectedModel(ex, decoratorsOf(ex, m));
      if (name && model) fact.injectedModels[name] = model;
    }
  }
  return fact;
}

/**
 * A `@Body()` parameter whose type no ValidationPipe can check: `any`, `unknown`, an inline object type
 * (`{ email: string; role: string }`), `Record<...>`, a primitive, or no annotation. A class (a DTO) is checkable.
 * Nor can it check an @nestjs/graphql argument of a free-form JSON scalar (`@Args('meta', { type: () => GraphQLJSON })`).
 */
function untypedBody(params: Node[], erased: Set<string>): boolean {
  for (const p of params) {
    const decos = (p as { decorators?: TSESTree.Decorator[] }).decorators ?? [];
    // `@Args('meta', { type: () => GraphQLJSON }) meta`: a free-form JSON scalar, no class for the pipe to check
    if (jsonScalarArg(decos)) return true;
    const body = decos.find((d) => {
      const e = d.expression;
      return e.type === 'CallExpression' && e.callee.type === 'Identifier' && e.callee.name === 'Body';
    });
    if (!body || body.expression.type !== 'CallExpression') continue;
    // `@Body('email', new ParseEmailPipe())`: a pipe of its own checks it
    if (body.expression.arguments.length > 1) continue;
    // `@Body(new ParseArrayPipe({ items: CreateLineDto }))`, `@Body(ZodPipe)`: so does a pipe given alone
    if (body.expression.arguments.some((a) => a.type === 'NewExpression' || a.type === 'Identifier' || a.type === 'CallExpression')) continue;
    const ann = (p as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation?.typeAnnotation;
    if (!ann) return true;
    if (ann.type === 'TSAnyKeyword' || ann.type === 'TSUnknownKeyword' || ann.type === 'TSTypeLiteral' || ann.type === 'TSObjectKeyword') return true;
    // `@Body('iban') iban: string`: ValidationPipe skips primitives (and literal unions, which are erased to them)
    if (/^TS(?:String|Number|Boolean)Keyword$|^TSLiteralType$/.test(ann.type)) return true;
    if (ann.type === 'TSUnionType' && ann.types.every((t) => /^TS(?:String|Number|Boolean|Null|Undefined)Keyword$|^TSLiteralType$/.test(t.type))) return true;
    // an array is validated element by element only with `@Body(new ParseArrayPipe({ items: Dto }))`
    if (ann.type === 'TSArrayType') return true;
    if (ann.type === 'TSTypeReference' && ann.typeName.type === 'Identifier' && /^(?:Record|Partial|Pick|Omit|Object)$/.test(ann.typeName.name)) return true;
    // an interface or type alias (`@Body() dto: CreateNoteDto` with `interface CreateNoteDto`) is no class for the pipe to check
    if (ann.type === 'TSTypeReference' && ann.typeName.type === 'Identifier' && erased.has(ann.typeName.name)) return true;
  }
  return false;
}

/** A `@Body()` parameter with no type that says what it holds: none, `any`, `unknown`, `object` (tsoa validates any other). */
function anyBody(params: Node[]): boolean {
  for (const p of params) {
    const decos = (p as { decorators?: TSESTree.Decorator[] }).decorators ?? [];
    const body = decos.some((d) => d.expression.type === 'CallExpression' && d.expression.callee.type === 'Identifier' && d.expression.callee.name === 'Body');
    if (!body) continue;
    const ann = (p as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation?.typeAnnotation;
    if (!ann || ann.type === 'TSAnyKeyword' || ann.type === 'TSUnknownKeyword' || ann.type === 'TSObjectKeyword') return true;
  }
  return false;
}

/** the imported name a plain `@Body() dto: X` is typed with (the adapter asks whether `X` is a class where it is declared) */
function bodyTypeOf(params: Node[], ex: CodeExtractor): { bodyType?: string } {
  for (const p of params) {
    const decos = (p as { decorators?: TSESTree.Decorator[] }).decorators ?? [];
    const body = decos.find((d) => d.expression.type === 'CallExpression' && d.expression.callee.type === 'Identifier' && d.expression.callee.name === 'Body');
    if (!body || body.expression.type !== 'CallExpression' || body.expression.arguments.length) continue;
    const ann = (p as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation?.typeAnnotation;
    if (ann?.type === 'TSTypeReference' && ann.typeName.type === 'Identifier' && ex.importSourceOf(ann.typeName)) return { bodyType: ann.typeName.name };
  }
  return {};
}

function readInjection(ex: CodeExtractor, p: Node, fact: ClassFact) {
  const param = p.type === 'TSParameterProperty' ? p.parameter : p;
  const id = param.type === 'AssignmentPattern' ? param.left : param;
  if (id.type !== 'Identifier') return;
  const decos = [...decoratorsOf(ex, p as { decorators?: TSESTree.Decorator[] }), ...(p.type === 'TSParameterProperty' ? decoratorsOf(ex, id as { decorators?: TSESTree.Decorator[] }) : [])];
  const model = injectedModel(ex, decos);
  if (model) fact.injectedModels[id.name] = model;
}

/** `@InjectRepository(Invoice)`, `@InjectModel(Invoice.name)`, `@InjectModel('Invoice')` -> 'Invoice' */
function injectedModel(ex: CodeExtractor, decos: DecoratorFact[]): string | null {
  for (const d of decos) {
    if (!/^Inject(?:Repository|Model|Entity)$/.test(d.name) || !d.args[0]) continue;
    const a = d.args[0];
    if (a.k === 'lit' && typeof a.value === 'string') return a.value;
    if (a.k === 'member' && a.prop === 'name') return refName(a.object);
    const n = refName(a);
    if (n) return n;
  }
  return null;
}

function refName(v: ValueRef): string | null {
  if (v.k === 'ref' || v.k === 'global') return v.name;
  if (v.k === 'import') return v.name === 'default' ? null : v.name;
  return null;
}

/** Where `this.<field>` is declared in its class: a constructor parameter or a property. */
function declarationOfThisField(member: TSESTree.MemberExpression): { field: string; param?: Node; id?: TSESTree.Identifier; property?: TSESTree.PropertyDefinition } | null {
  const field = propName(member);
  if (!field) return null;
  let cur = (member as { parent?: Node }).parent;
  while (cur && cur.type !== 'ClassBody') cur = (cur as { parent?: Node }).parent;
  if (!cur) return null;
  for (const m of cur.body) {
    if (m.type === 'MethodDefinition' && m.kind === 'constructor' && m.value.type === 'FunctionExpression') {
      for (const p of m.value.params) {
        const param = p.type === 'TSParameterProperty' ? p.parameter : p;
        const id = param.type === 'AssignmentPattern' ? param.left : param;
        if (id.type === 'Identifier' && id.name === field) return { field, param: p as Node, id };
      }
    }
    if (m.type === 'PropertyDefinition' && propName(m) === field) return { field, property: m };
  }
  return null;
}

/**
 * `this.user` where the class says `private get user() { return this.request.user }`: the expression the getter
 * returns (its only statement). Null for anything else.
 */
export function thisGetterReturn(member: TSESTree.MemberExpression): Node | null {
  const field = propName(member);
  if (!field || member.computed) return null;
  let cur = (member as { parent?: Node }).parent;
  while (cur && cur.type !== 'ClassBody') cur = (cur as { parent?: Node }).parent;
  if (!cur) return null;
  const getter = cur.body.find((m): m is TSESTree.MethodDefinition => m.type === 'MethodDefinition' && m.kind === 'get' && !m.static && propName(m) === field);
  const body = getter?.value.body?.body;
  const ret = body?.length === 1 && body[0].type === 'ReturnStatement' ? body[0].argument : null;
  return ret ? (ret as Node) : null;
}

/**
 * `this.users` where the class says `public users = new PrismaClient().user` (or `= prisma.user`): the Prisma
 * delegate a field holds, as the model name and the client expression it hangs off. Null otherwise.
 */
export function thisFieldDelegate(member: TSESTree.MemberExpression): { model: string; client: Node } | null {
  const d = declarationOfThisField(member);
  const v = d?.property?.value ? unwrap(d.property.value as Node) : null;
  if (!v || v.type !== 'MemberExpression' || v.computed || v.property.type !== 'Identifier') return null;
  return { model: v.property.name, client: unwrap(v.object as Node) };
}

/**
 * `this.model` of a generic repository: a field its constructor sets from one of its parameters
 * (`constructor(protected model: any)`, `constructor(model) { this.model = model }`), or one the class does not
 * declare while it extends another (`class InvoiceRepository extends BaseRepository`, the base's field). Which model
 * it holds is known only where the class is constructed (`new BaseRepository(prisma.invoice)`, `super(Invoice)`):
 * the field's name, for the linker to bind. Null for a field declared otherwise (a typed service, a value set in place).
 */
export function thisFieldFromConstructor(member: TSESTree.MemberExpression): string | null {
  const field = propName(member);
  if (!field || member.computed) return null;
  let cur = (member as { parent?: Node }).parent;
  while (cur && cur.type !== 'ClassBody') cur = (cur as { parent?: Node }).parent;
  if (!cur) return null;
  const cls = (cur as { parent?: Node }).parent as ClassNode | undefined;
  let declared = false;
  for (const m of cur.body) {
    if (m.type === 'PropertyDefinition' && propName(m) === field) {
      if (m.value) return null;
      declared = true;
    }
    if (m.type === 'MethodDefinition' && (m.kind === 'get' || m.kind === 'method') && propName(m) === field) return null;
    if (m.type !== 'MethodDefinition' || m.kind !== 'constructor' || m.value.type !== 'FunctionExpression') continue;
    const params = new Set<string>();
    for (const p of m.value.params) {
      const param = p.type === 'TSParameterProperty' ? p.parameter : p;
      const id = param.type === 'AssignmentPattern' ? param.left : param;
      if (id.type !== 'Identifier') continue;
      params.add(id.name);
      if (p.type === 'TSParameterProperty' && id.name === field) {
        // (a parameter typed as a service, a client or a controller is injected, not a model)
        const t = typeName(id.typeAnnotation?.typeAnnotation as Node | undefined);
        return !t || !/Service$|Prisma|Client$|Controller$|Logger$|Config$|Gateway$|Queue$|Mailer$|Cache$/.test((t as TSESTree.Identifier).name) ? field : null;
      }
    }
    for (const st of m.value.body?.body ?? []) {
      if (st.type !== 'ExpressionStatement' || st.expression.type !== 'AssignmentExpression') continue;
      const l = st.expression.left;
      if (l.type !== 'MemberExpression' || l.object.type !== 'ThisExpression' || propName(l) !== field) continue;
      const r = unwrap(st.expression.right as Node);
      return r.type === 'Identifier' && params.has(r.name) ? field : null;
    }
  }
  return !declared && cls?.superClass ? field : null;
}

/**
 * `this._post` where the class declares `constructor(private _post: PrismaRepository<'post'>)` (or a field typed
 * `PrismaService`, `PrismaClient`): a Prisma client, or a wrapper holding one, by its declared type.
 */
export function thisFieldIsPrisma(member: TSESTree.MemberExpression): boolean {
  const d = declarationOfThisField(member);
  const t = typeName((d?.id?.typeAnnotation ?? d?.property?.typeAnnotation)?.typeAnnotation as Node | undefined);
  return !!t && t.type === 'Identifier' && /Prisma/.test(t.name);
}

/**
 * `this.<field>` inside a class: the injected service's type (`constructor(private svc: InvoicesService)`),
 * or a field initialised in place (`private prisma = new PrismaClient()`). Null when unknown.
 */
export function thisFieldValue(ex: CodeExtractor, member: TSESTree.MemberExpression): ValueRef | null {
  const d = declarationOfThisField(member);
  if (!d) return null;
  if (d.id && d.param?.type === 'TSParameterProperty') {
    const t = typeName(d.id.typeAnnotation?.typeAnnotation as Node | undefined);
    if (t) return { k: 'new', callee: ex.valueOf(t), args: [], pos: posOf(d.id) };
    // `constructor(private readonly projects = new ProjectService())`: the default is the value
    const inner = (d.param as TSESTree.TSParameterProperty).parameter;
    return inner.type === 'AssignmentPattern' ? ex.valueOf(inner.right as Node) : null;
  }
  if (d.property) {
    if (d.property.value) return ex.valueOf(d.property.value as Node);
    const t = typeName(d.property.typeAnnotation?.typeAnnotation as Node | undefined);
    if (t) return { k: 'new', callee: ex.valueOf(t), args: [], pos: posOf(d.property) };
  }
  return null;
}

function typeName(t: Node | undefined): Node | null {
  if (!t || t.type !== 'TSTypeReference') return null;
  return t.typeName.type === 'Identifier' ? t.typeName : null;
}

/**
 * `constructor(@Inject(REQUEST) private readonly request: RequestWithUser)`: a request-scoped NestJS provider's
 * `this.request` is the current request (`this.request.user` the session, `this.request.params.id` client input).
 */
export function isInjectedRequest(member: TSESTree.MemberExpression): boolean {
  const d = declarationOfThisField(member);
  const decorators = d?.param?.type === 'TSParameterProperty' ? d.param.decorators : undefined;
  return !!decorators?.some((dec) => {
    const e = unwrap(dec.expression as Node);
    const arg = e.type === 'CallExpression' && lastName(e) === 'Inject' && e.arguments.length === 1 ? unwrap(e.arguments[0] as Node) : null;
    return arg?.type === 'Identifier' && /^(?:REQUEST|CONTEXT)$/.test(arg.name);
  });
}

/**
 * A type-graphql `@Arg('meta', () => GraphQLJSONObject)` or @nestjs/graphql `@Args('meta', { type: () => GraphQLJSON })`:
 * an argument of a free-form JSON scalar, which neither the schema nor class-validator checks (a request body in effect).
 */
export function jsonScalarArg(decorators: TSESTree.Decorator[] | undefined): boolean {
  return !!decorators?.some((d) => {
    const e = unwrap(d.expression as Node);
    if (e.type !== 'CallExpression' || !/^Args?$/.test(lastName(e))) return false;
    const typeFns = e.arguments.flatMap((a) => {
      const u = unwrap(a as Node);
      if (u.type === 'ObjectExpression') return u.properties.filter((p): p is TSESTree.Property => p.type === 'Property' && propName(p) === 'type').map((p) => unwrap(p.value as Node));
      return [u];
    });
    return typeFns.some((f) => (f.type === 'ArrowFunctionExpression' && f.body.type === 'Identifier' && /JSON/.test(f.body.name)));
  });
}

/**
 * The request part a parameter decorator injects (NestJS, routing-controllers, tsoa): @Param('id') -> params.id,
 * @CurrentUser() -> the session; tsoa's `@Path() id` names the path parameter by the parameter's own name.
 */
export function paramDecoratorTaint(decorators: TSESTree.Decorator[] | undefined, path: string[], paramName?: string): string[] | null {
  if (!decorators?.length) return null;
  for (const d of decorators) {
    const e = unwrap(d.expression as Node);
    const name = e.type === 'CallExpression' ? lastName(e) : e.type === 'Identifier' ? e.name : '';
    const first = e.type === 'CallExpression' && e.arguments[0] ? unwrap(e.arguments[0] as Node) : null;
    // `@Args({ name: 'teamID', type: () => ID })` names its argument in an options object
    const named = first?.type === 'ObjectExpression' ? first.properties.find((p) => p.type === 'Property' && propName(p) === 'name') : undefined;
    const arg = first ? staticString(named?.type === 'Property' ? (named.value as Node) : first) : null;
    const sub = [...(arg ? [arg] : []), ...path];
    const join = (head: string) => [head, ...sub].join('.');
    switch (name) {
      case 'Param': case 'Params': return [`request:${join('params')}`];
      case 'Path': return [`request:${['params', ...(arg ? [arg] : paramName ? [paramName] : []), ...path].join('.')}`];
      case 'Query': case 'QueryParams': return [`request:${join('query')}`];
      case 'QueryParam': return [`request:${['query', ...(arg ? [arg] : paramName ? [paramName] : []), ...path].join('.')}`];
      case 'BodyParam': case 'BodyProp': case 'FormField': return [`request:${join('body')}`];
      case 'CookieParam': case 'CookieParams': return [`request:${join('cookies')}`];
      case 'HeaderParam': case 'HeaderParams': case 'Header': return [`request:${join('headers')}`, ...(arg && /authorization|cookie|token|key/i.test(arg) ? ['sensitive:' + arg.toLowerCase()] : !arg ? ['sensitive:request headers'] : [])];
      case 'Args': return [`request:${join('args')}`]; // @nestjs/graphql operation arguments
      case 'Arg': return [`request:${join('args')}`]; // type-graphql: `@Arg('id') id: string`
      case 'Ctx': return null; // type-graphql's context: read like a request (`ctx.user` is the caller)
      case 'Body': return [`request:${join('body')}`];
      case 'Headers': return [`request:${join('headers')}`, ...(arg && /authorization|cookie|token|key/i.test(arg) ? ['sensitive:' + arg.toLowerCase()] : !arg ? ['sensitive:request headers'] : [])];
      case 'Ip': return ['request:ip'];
      case 'HostParam': return [`request:${join('hosts')}`];
      case 'UploadedFile': case 'UploadedFiles': return ['request:files'];
      case 'Res': case 'Response': case 'Next': return [];
      case 'Req': case 'Request': return null; // a request object: the caller treats it like `req`
      case 'Session': return [`session:${['session', ...path].join('.')}`];
      default: {
        const m = /(user|tenant|org|organi[sz]ation|workspace|account|member|principal|session|auth|team|company|viewer|claims|identity)/i.exec(name);
        if (m && !/^Api|Validat|Pipe|Transform/.test(name)) return [`session:${['user', ...path].join('.')}`];
      }
    }
  }
  return null;
}

export function isRequestDecorator(decorators: TSESTree.Decorator[] | undefined): boolean {
  return !!decorators?.some((d) => {
    const e = unwrap(d.expression as Node);
    const name = e.type === 'CallExpression' ? lastName(e) : e.type === 'Identifier' ? e.name : '';
    return name === 'Req' || name === 'Request';
  });
}

/** `this.invoices` where the constructor says `@InjectRepository(Invoice) private invoices: Repository<Invoice>` */
export function injectedModelOfThis(ex: CodeExtractor, member: TSESTree.MemberExpression): string | null {
  const d = declarationOfThisField(member);
  if (!d) return null;
  if (d.param && d.id) return injectedModel(ex, [...decoratorsOf(ex, d.param as { decorators?: TSESTree.Decorator[] }), ...decoratorsOf(ex, d.id as { decorators?: TSESTree.Decorator[] })]);
  if (!d.property) return null;
  const injected = injectedModel(ex, decoratorsOf(ex, d.property));
  if (injected) return injected;
  // `private repo = AppDataSource.getRepository(Project)`: a repository made where the field is declared
  const v = d.property.value ? unwrap(d.property.value as Node) : null;
  if (v?.type === 'CallExpression' && lastName(v) === 'getRepository' && v.arguments[0]) {
    const a = unwrap(v.arguments[0] as Node);
    if (a.type === 'Identifier') return a.name;
    return staticString(a);
  }
  return null;
}

/**
 * The metadata key a guard's `canActivate` asks for first, answering `true` when the route does not carry it:
 * `const flagged = this.reflector.get('deviceRoute', context.getHandler()); if (!flagged) return true;` before
 * anything reads a credential. The guard then acts only on the routes marked with that key (an opt-in guard).
 * (An interceptor's `intercept` alike, handing the request on with `return next.handle()`; the key may be a decorator
 * made by `Reflector.createDecorator()`.)
 */
function optInKey(ex: CodeExtractor, body: Node[]): ValueRef | null {
  const READ = /^(?:get|getAll|getAllAndOverride|getAllAndMerge|getMetadata)$/;
  const metadataRead = (n: Node | null | undefined): TSESTree.CallExpression | null => {
    if (!n) return null;
    const e = unwrap(n);
    if (e.type !== 'CallExpression' || e.callee.type !== 'MemberExpression') return null;
    const recv = textOf(ex.src, e.callee.object as Node, 200);
    if (!READ.test(propName(e.callee) ?? '') || !/reflector|Reflect\b/i.test(recv) || !e.arguments.length) return null;
    return e;
  };
  const vars = new Map<string, TSESTree.CallExpression>();
  const returnsTrue = (st: Node): boolean => {
    const r = st.type === 'BlockStatement' && st.body.length === 1 ? (st.body[0] as Node) : st;
    if (r.type !== 'ReturnStatement' || !r.argument) return false;
    const a = unwrap(r.argument as Node);
    return (a.type === 'Literal' && a.value === true) || (a.type === 'CallExpression' && a.callee.type === 'MemberExpression' && propName(a.callee) === 'handle' && !a.arguments.length);
  };
  // `!flag`, `flag === undefined`, `flag == null`, `!this.reflector.get(KEY, ...)`, first of an `||`
  const absentTest = (t: Node): TSESTree.CallExpression | null => {
    const e = unwrap(t);
    if (e.type === 'LogicalExpression' && e.operator === '||') return absentTest(e.left as Node);
    let x: Node | null = null;
    if (e.type === 'UnaryExpression' && e.operator === '!') x = e.argument as Node;
    else if (e.type === 'BinaryExpression' && /^[!=]==?$/.test(e.operator) && e.operator.startsWith('=')) {
      const other = unwrap(e.right as Node);
      if ((other.type === 'Identifier' && other.name === 'undefined') || (other.type === 'Literal' && other.value === null)) x = e.left as Node;
    }
    if (!x) return null;
    x = unwrap(x);
    if (x.type === 'Identifier') return vars.get(x.name) ?? null;
    return metadataRead(x);
  };
  for (const st of body) {
    if (st.type === 'VariableDeclaration') {
      // (only reads of the context and the metadata before the test: nothing that checks a credential)
      for (const d of st.declarations) {
        const read = metadataRead(d.init as Node);
        if (read && d.id.type === 'Identifier') { vars.set(d.id.name, read); continue; }
        if (!d.init || /verify|authenticat|validate|decode|token|session|cookie|header|find|fetch|query|await|throw/i.test(textOf(ex.src, d.init as Node, 400))) return null;
      }
      continue;
    }
    if (st.type === 'IfStatement' && !st.alternate && returnsTrue(st.consequent as Node)) {
      const read = absentTest(st.test as Node);
      return read ? ex.valueOf(read.arguments[0] as Node) : null;
    }
    return null;
  }
  return null;
}
