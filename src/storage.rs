//! Browser storage that can never break the page. `localStorage` throws when it is blocked (private
//! modes, sandboxed iframes, disabled cookies) and may hold anything; every failure here is a miss.

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Best effort: when storage is unavailable the value just is not remembered.
pub fn set(key: &str, value: &str) {
    if let Some(s) = local() {
        let _ = s.set_item(key, value);
    }
}

pub fn remove(key: &str) {
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
}
