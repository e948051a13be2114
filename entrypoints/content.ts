export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://mail.google.com/*'],
  main() {},
});
