/** Entry point: registers the app shell, which registers the components it uses. */
import './app/send-app.js';
