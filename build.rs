// A new or changed migration must never be left out of the binary.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
