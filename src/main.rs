//! The browser entry point: panics go to the console, then `multitrack::start`
//! mounts the app.

fn main() {
    console_error_panic_hook::set_once();
    multitrack::start();
}
