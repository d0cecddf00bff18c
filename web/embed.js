// Placeholder for the embed script, which will turn code blocks on other pages into runnable
// playgrounds. It does nothing yet.
