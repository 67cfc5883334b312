/** Entry point: registers the app shell, which registers the components it uses. */
import './components/send-app.js';
