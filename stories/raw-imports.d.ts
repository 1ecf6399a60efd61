// Vite (Storybook) and the test runner's plugin both serve a file imported with `?raw` as its text.
declare module '*?raw' {
  const text: string;
  export default text;
}
