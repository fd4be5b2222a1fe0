//! TLS to a server started here with `ssl=on` and a certificate signed by a
//! CA made here: `sslmode` (disable, prefer, require, verify-ca,
//! verify-full) and `sslrootcert` in the URL are honoured.

use crate::common::*;

/// A CA's certificate (PEM) and a server certificate and key it signed for
/// the IP address 127.0.0.1 only (no DNS name).
struct Pki {
    ca_pem: String,
    cert_pem: String,
    key_pem: String,
}

fn make_ca() -> (rcgen::Certificate, rcgen::KeyPair) {
    let key = rcgen::KeyPair::generate().unwrap();
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "workout test CA");
    params.key_usages = vec![
        rcgen::KeyUsagePurpose::KeyCertSign,
        rcgen::KeyUsagePurpose::CrlSign,
        rcgen::KeyUsagePurpose::DigitalSignature,
    ];
    (params.self_signed(&key).unwrap(), key)
}

fn make_pki() -> Pki {
    let (ca, ca_key) = make_ca();
    let key = rcgen::KeyPair::generate().unwrap();
    let mut params = rcgen::CertificateParams::new(vec!["127.0.0.1".to_string()]).unwrap();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "127.0.0.1");
    params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
    let cert = params.signed_by(&key, &ca, &ca_key).unwrap();
    Pki {
        ca_pem: ca.pem(),
        cert_pem: cert.pem(),
        key_pem: key.serialize_pem(),
    }
}

/// `workout migrate status` against `url`: it connects, and needs no schema.
fn status(home: &std::path::Path, url: &str) -> std::process::Output {
    bare_workout(home)
        .args([
            "--database-url",
            url,
            "migrate",
            "status",
            "--format",
            "json",
        ])
        .output()
        .unwrap()
}

#[test]
fn sslmode_and_sslrootcert_are_honoured() {
    let pki = make_pki();
    let server = ExtraServer::start(
        true,
        &[
            ("server.crt", pki.cert_pem.as_bytes()),
            ("server.key", pki.key_pem.as_bytes()),
        ],
        &[
            "ssl=on",
            "ssl_cert_file=server.crt",
            "ssl_key_file=server.key",
            "log_connections=on",
        ],
    );
    let home = temp_home();
    let certs = tempfile::tempdir().unwrap();
    let right_ca = certs.path().join("ca.pem");
    std::fs::write(&right_ca, &pki.ca_pem).unwrap();
    let wrong_ca = certs.path().join("other-ca.pem");
    std::fs::write(&wrong_ca, make_ca().0.pem()).unwrap();
    let enc = |p: &std::path::Path| url_encode(&p.display().to_string());

    // Whether the server saw the last connection over TLS (log_connections).
    let log = server.dir.join("server.log");
    let ok = |url: String| -> bool {
        let out = status(home.path(), &url);
        assert!(out.status.success(), "{url}: {}", stderr_of(&out));
        let text = std::fs::read_to_string(&log).unwrap();
        let line = text
            .lines()
            .rev()
            .find(|l| l.contains("connection authorized"))
            .unwrap()
            .to_string();
        line.contains("SSL enabled")
    };
    assert!(!ok(server.tcp_url("127.0.0.1", "sslmode=disable")));
    // prefer is the default, as in libpq: TLS when the server offers it.
    assert!(ok(server.tcp_url("127.0.0.1", "sslmode=prefer")));
    assert!(ok(server.tcp_url("127.0.0.1", "")));
    assert!(ok(server.tcp_url("127.0.0.1", "sslmode=require")));
    // verify-ca and verify-full with the right CA; verify-ca ignores the name.
    assert!(ok(server.tcp_url(
        "127.0.0.1",
        &format!("sslmode=verify-full&sslrootcert={}", enc(&right_ca)),
    )));
    assert!(ok(server.tcp_url(
        "localhost",
        &format!("sslmode=verify-ca&sslrootcert={}", enc(&right_ca)),
    )));

    // A CA that did not sign the server's certificate: exit 5, one sentence.
    for mode in ["verify-ca", "verify-full"] {
        let url = server.tcp_url(
            "127.0.0.1",
            &format!("sslmode={mode}&sslrootcert={}", enc(&wrong_ca)),
        );
        let out = status(home.path(), &url);
        assert_error(&out, 5, "cannot connect to the database at");
        assert!(
            stderr_of(&out).lines().next().unwrap().contains("over TLS"),
            "{}",
            stderr_of(&out)
        );
    }
    // verify-full with a host name the certificate does not name: exit 5.
    let url = server.tcp_url(
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={}", enc(&right_ca)),
    );
    let out = status(home.path(), &url);
    assert_error(&out, 5, "cannot connect to the database at");
    assert!(
        stderr_of(&out).lines().next().unwrap().contains("over TLS"),
        "{}",
        stderr_of(&out)
    );
}

/// With TLS required by the URL, a server without TLS is refused (exit 5);
/// the Unix socket of the test server (no TLS there) works under the
/// default `prefer`.
#[test]
fn require_against_a_server_without_tls_fails_with_exit_5() {
    let server = ExtraServer::start(true, &[], &["ssl=off"]);
    let home = temp_home();
    let out = status(home.path(), &server.tcp_url("127.0.0.1", "sslmode=require"));
    assert_error(&out, 5, "cannot connect to the database at");
    assert!(
        stderr_of(&out).contains("server does not support TLS"),
        "{}",
        stderr_of(&out)
    );
    let out = status(home.path(), &server.tcp_url("127.0.0.1", ""));
    assert!(out.status.success(), "{}", stderr_of(&out));
    let db = TestDb::new();
    let out = status(home.path(), &db.url);
    assert!(out.status.success(), "{}", stderr_of(&out));
}
