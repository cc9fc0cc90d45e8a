//! The zygote's wire: frames over a Unix stream socket between the host (client.rs) and the
//! zygote (server.rs), each a JSON body after an 8-byte header (body length, number of file
//! descriptors), the descriptors riding with the header as `SCM_RIGHTS`. A spawn request
//! carries the child's stdout, stderr and report pipes this way, so that the child writes
//! straight to the host and nothing it prints passes through the zygote.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;

/// The most descriptors one frame carries (a spawn's stdout, stderr and report pipes).
pub(super) const MAX_FDS: usize = 3;
/// The largest body accepted: a script and its environment, with room to spare.
const MAX_BODY: usize = 64 << 20;

/// What the host asks of the zygote.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(super) enum Request {
    /// Fork a child that runs this instance (descriptors: stdout, stderr, report).
    Spawn(Box<SpawnRequest>),
    /// Send a real signal to the child of request `id`, if it has not been reaped.
    Signal {
        /// The spawn request's id.
        id: u64,
        /// The signal number.
        signal: i32,
    },
}

/// One instance to run in a forked child: an `InstanceConfig` without what cannot cross a
/// process boundary (a start gate, an in-memory snapshot).
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(super) struct SpawnRequest {
    pub id: u64,
    pub source: Option<String>,
    pub file_name: Option<PathBuf>,
    pub args: Vec<String>,
    pub env: BTreeMap<String, String>,
    pub env_only: bool,
    pub cwd: Option<PathBuf>,
    pub timeout_ms: Option<u64>,
    pub cpu_limit_ms: Option<u64>,
    pub heap_limit: Option<usize>,
}

/// What the zygote tells the host.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(super) enum Reply {
    /// The child of request `id` runs as process `pid`.
    Started { id: u64, pid: i32 },
    /// The child could not be started.
    Refused { id: u64, message: String },
    /// The child was reaped: its raw wait status and the CPU time it used (user + system).
    Exited { id: u64, status: i32, cpu_us: u64 },
}

/// Sends one frame: `body` as JSON, with `fds` attached.
pub(super) fn send<T: serde::Serialize>(socket: &UnixStream, body: &T, fds: &[&OwnedFd]) -> std::io::Result<()> {
    let body = serde_json::to_vec(body).map_err(std::io::Error::other)?;
    let mut header = [0u8; 8];
    header[..4].copy_from_slice(&(body.len() as u32).to_le_bytes());
    header[4..].copy_from_slice(&(fds.len() as u32).to_le_bytes());
    let raw: Vec<RawFd> = fds.iter().map(|fd| fd.as_raw_fd()).collect();
    send_header(socket, &header, &raw)?;
    (&*socket).write_all(&body)
}

/// Receives one frame; `None` when the other side has closed the socket.
pub(super) fn recv<T: serde::de::DeserializeOwned>(socket: &UnixStream) -> std::io::Result<Option<(T, Vec<OwnedFd>)>> {
    let mut header = [0u8; 8];
    let (got, fds) = recv_header(socket, &mut header)?;
    if got == 0 {
        return Ok(None);
    }
    (&*socket).read_exact(&mut header[got..])?;
    let length = u32::from_le_bytes([header[0], header[1], header[2], header[3]]) as usize;
    let count = u32::from_le_bytes([header[4], header[5], header[6], header[7]]) as usize;
    if length > MAX_BODY || count != fds.len() {
        return Err(std::io::Error::other(format!(
            "a malformed frame: {length} bytes, {count} descriptors announced, {} received",
            fds.len()
        )));
    }
    let mut body = vec![0u8; length];
    (&*socket).read_exact(&mut body)?;
    let value = serde_json::from_slice(&body).map_err(|e| std::io::Error::other(format!("a malformed frame: {e}")))?;
    Ok(Some((value, fds)))
}

const CMSG_SPACE: usize = 64;

fn send_header(socket: &UnixStream, header: &[u8; 8], fds: &[RawFd]) -> std::io::Result<()> {
    assert!(fds.len() <= MAX_FDS);
    let mut iov = libc::iovec { iov_base: header.as_ptr() as *mut libc::c_void, iov_len: header.len() };
    let mut control = [0u64; CMSG_SPACE / 8];
    // SAFETY: a zeroed msghdr is a valid empty message; every pointer set below points into
    // locals that outlive the sendmsg call.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    if !fds.is_empty() {
        let bytes = std::mem::size_of_val(fds);
        // SAFETY: CMSG_SPACE only computes a size.
        let space = unsafe { libc::CMSG_SPACE(bytes as u32) } as usize;
        msg.msg_control = control.as_mut_ptr() as *mut libc::c_void;
        msg.msg_controllen = space;
        // SAFETY: msg_control points to `space` <= CMSG_SPACE bytes of `control` (at most three
        // descriptors), so the first header and its data lie inside it.
        unsafe {
            let cmsg = libc::CMSG_FIRSTHDR(&msg);
            (*cmsg).cmsg_level = libc::SOL_SOCKET;
            (*cmsg).cmsg_type = libc::SCM_RIGHTS;
            (*cmsg).cmsg_len = libc::CMSG_LEN(bytes as u32) as usize;
            std::ptr::copy_nonoverlapping(fds.as_ptr() as *const u8, libc::CMSG_DATA(cmsg), bytes);
        }
    }
    loop {
        // SAFETY: `msg` is fully initialised above and the socket is open for the call.
        let sent = unsafe { libc::sendmsg(socket.as_raw_fd(), &msg, libc::MSG_NOSIGNAL) };
        if sent < 0 {
            let error = std::io::Error::last_os_error();
            if error.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(error);
        }
        let sent = sent as usize;
        // The descriptors went with the first byte; the rest of the header goes plainly.
        return (&*socket).write_all(&header[sent..]);
    }
}

fn recv_header(socket: &UnixStream, header: &mut [u8; 8]) -> std::io::Result<(usize, Vec<OwnedFd>)> {
    let mut iov = libc::iovec { iov_base: header.as_mut_ptr() as *mut libc::c_void, iov_len: header.len() };
    let mut control = [0u64; CMSG_SPACE / 8];
    // SAFETY: a zeroed msghdr is a valid empty message; the pointers set below point into
    // locals that outlive the recvmsg call.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.as_mut_ptr() as *mut libc::c_void;
    msg.msg_controllen = CMSG_SPACE;
    let got = loop {
        // SAFETY: `msg` describes buffers owned by this frame; MSG_CMSG_CLOEXEC keeps received
        // descriptors from leaking into processes the host spawns.
        let got = unsafe { libc::recvmsg(socket.as_raw_fd(), &mut msg, libc::MSG_CMSG_CLOEXEC) };
        if got < 0 {
            let error = std::io::Error::last_os_error();
            if error.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(error);
        }
        break got as usize;
    };
    let mut fds = Vec::new();
    // SAFETY: the kernel filled msg_control/msg_controllen; CMSG_FIRSTHDR/NXTHDR walk only
    // within it, and every SCM_RIGHTS descriptor received is a new one this process owns.
    unsafe {
        let mut cmsg = libc::CMSG_FIRSTHDR(&msg);
        while !cmsg.is_null() {
            if (*cmsg).cmsg_level == libc::SOL_SOCKET && (*cmsg).cmsg_type == libc::SCM_RIGHTS {
                let data = libc::CMSG_DATA(cmsg) as *const RawFd;
                let count = ((*cmsg).cmsg_len as usize - libc::CMSG_LEN(0) as usize) / std::mem::size_of::<RawFd>();
                for i in 0..count {
                    fds.push(OwnedFd::from_raw_fd(std::ptr::read_unaligned(data.add(i))));
                }
            }
            cmsg = libc::CMSG_NXTHDR(&msg, cmsg);
        }
    }
    if msg.msg_flags & libc::MSG_CTRUNC != 0 {
        return Err(std::io::Error::other("a frame carried more descriptors than allowed"));
    }
    Ok((got, fds))
}
