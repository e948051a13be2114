/** `address` as Cloudflare's email protection writes it: the XOR key, then each UTF-8 byte XOR-ed, in hex. */
export const cloudflare = (address: string, key = 0x5a) =>
  key.toString(16).padStart(2, '0') +
  Array.from(new TextEncoder().encode(address), (b) => (b ^ key).toString(16).padStart(2, '0')).join('');
