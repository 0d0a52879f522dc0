import { AppError } from '@modelserve/common';
import type { ApiSettingsShape } from '@modelserve/contracts';

/** A route ready to match: its path template as a regular expression and the names of its parameters. */
export interface CompiledRoute {
  method: string;
  path: string;
  pattern: RegExp;
  params: string[];
  /** Literal segments: with two routes matching, the one with more of them wins (/users/me over /users/{id}). */
  literals: number;
  function?: string;
  qualifier?: string;
  endpoint?: string;
}

export interface RouteMatch {
  route: CompiledRoute;
  pathParameters: Record<string, string>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileRoutes(routes: ApiSettingsShape['routes']): CompiledRoute[] {
  return routes.map((route) => {
    const params: string[] = [];
    let literals = 0;
    const source = route.path
      .split('/')
      .filter(Boolean)
      .map((segment) => {
        const param = /^\{([A-Za-z_][A-Za-z0-9_]*)(\+)?\}$/.exec(segment);
        if (!param) {
          literals++;
          return '/' + escape(segment);
        }
        params.push(param[1]);
        return param[2] ? '/(.+)' : '/([^/]+)';
      })
      .join('');
    return {
      method: route.method,
      path: route.path,
      pattern: new RegExp(`^${source}/?$`),
      params,
      literals,
      ...('function' in route.target
        ? { function: route.target.function, qualifier: route.target.qualifier }
        : { endpoint: route.target.endpoint }),
    };
  });
}

/** The route for a method and a raw (still percent-encoded) path, with its decoded parameters. */
export function matchRoute(routes: readonly CompiledRoute[], method: string, rawPath: string): RouteMatch | undefined {
  let best: { route: CompiledRoute; values: string[] } | undefined;
  for (const route of routes) {
    const methodMatches = route.method === 'ANY' || route.method === method || (method === 'HEAD' && route.method === 'GET');
    if (!methodMatches) continue;
    const found = route.pattern.exec(rawPath);
    if (!found) continue;
    // An exact method beats ANY; then more literal segments.
    const better =
      !best ||
      (best.route.method === 'ANY' && route.method !== 'ANY') ||
      (best.route.method === route.method && route.literals > best.route.literals);
    if (better) best = { route, values: found.slice(1) };
  }
  if (!best) return undefined;
  const pathParameters: Record<string, string> = {};
  best.route.params.forEach((name, i) => {
    try {
      pathParameters[name] = decodeURIComponent(best.values[i]);
    } catch {
      throw new AppError('InvalidRequest', `the path parameter ${name} is not valid percent-encoding`);
    }
  });
  return { route: best.route, pathParameters };
}
