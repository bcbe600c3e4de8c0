//! Browser storage that can never break the page. `localStorage` throws when it is blocked (private
//! modes, sandboxed iframes, disabled cookies) and may hold anything; every failure here is a miss.

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Best effort: when storage is unavailable the value just is not remembered, and this says so.
pub fn set(key: &str, value: &str) -> bool {
    local().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn remove(key: &str) {
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
}

/// Whether this browser keeps what the page stores: it may refuse (private modes, frames of
/// another site, settings), and then nothing said about saved progress is true.
pub fn works() -> bool {
    const PROBE: &str = "sahel-explainer.probe";
    let kept = set(PROBE, "1") && get(PROBE).as_deref() == Some("1");
    remove(PROBE);
    kept
}
