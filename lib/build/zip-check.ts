// What a store zip must be, as pure functions over its file list, its manifest and the README, so the rules are
// tested without building anything. scripts/check-zips.ts reads the real zips and prints what these return.
import { ICON_SIZES, PRODUCTION_API_HOST } from './manifest';

export interface StoreManifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> | string };
  content_scripts?: { matches?: string[] }[];
}

/**
 * The permissions the README's "Permissions" table lists (its first column, one `name` per row): the store
 * listings justify exactly these, so a manifest asking for anything else is refused.
 */
export function readmePermissions(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Permissions'));
  if (!section) return [];
  return [...section.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((match) => match[1]!);
}

/** Every problem of one store zip (empty when it is fine). */
export function zipProblems(files: readonly string[], manifest: StoreManifest, allowed: readonly string[]): string[] {
  const problems: string[] = [];
  const present = new Set(files);
  for (const size of ICON_SIZES) {
    const icon = manifest.icons?.[String(size)];
    if (!icon) problems.push(`the manifest names no ${size} px icon`);
    else if (!present.has(icon)) problems.push(`the ${size} px icon ${icon} is not in the zip`);
  }
  const actionIcon = manifest.action?.default_icon;
  if (!actionIcon || typeof actionIcon === 'string') problems.push('the toolbar button names no icon per size');
  const asked = [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    // Static content scripts are site access too: the stores list them beside the host permissions.
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
  for (const permission of asked) {
    if (!allowed.includes(permission)) problems.push(`permission ${permission} is not in the README's table`);
  }
  if (!asked.includes(PRODUCTION_API_HOST)) problems.push(`the Centrix API host ${PRODUCTION_API_HOST} is missing`);
  for (const name of ['manifest.json', 'background.js', 'popup.html', 'options.html']) {
    if (!present.has(name)) problems.push(`${name} is not in the zip`);
  }
  return problems;
}

/** Files that differ between two bundles given as path → bytes (the rebuilt sources against the store zip). */
export function bundleDifferences(expected: Map<string, Uint8Array>, actual: Map<string, Uint8Array>): string[] {
  const differences: string[] = [];
  for (const [name, bytes] of expected) {
    const other = actual.get(name);
    if (!other) differences.push(`${name} is missing from the rebuilt bundle`);
    else if (Buffer.compare(Buffer.from(bytes), Buffer.from(other)) !== 0) differences.push(`${name} differs`);
  }
  for (const name of actual.keys()) if (!expected.has(name)) differences.push(`${name} is only in the rebuilt bundle`);
  return differences;
}
