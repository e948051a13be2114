export default defineBackground(() => {
  // Filled by the background issue.
});
