import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook must not reach unless its host is allow-listed: the worker's own machine and
 * networks (loopback, private, link-local — cloud metadata at 169.254.169.254 —, unique-local,
 * carrier-grade NAT), plus the unspecified, multicast and reserved blocks no robot lives at.
 * IPv4-mapped IPv6 is refused whole: it would otherwise smuggle any IPv4 address past the IPv4 list.
 */
// Two lists: node's BlockList matches IPv4 addresses against IPv4-mapped IPv6 rules, so one list
// holding ::ffff:0:0/96 would refuse every IPv4 address.
const NON_PUBLIC_V4 = new BlockList();
const NON_PUBLIC_V6 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  NON_PUBLIC_V4.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  NON_PUBLIC_V6.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address (v4 or v6, without brackets) is on the public internet. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return family === 4 ? !NON_PUBLIC_V4.check(address, 'ipv4') : !NON_PUBLIC_V6.check(address, 'ipv6');
}
