#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, to try the job templates of slurm/ and to test them:
#
#   scripts/slurm-cluster.sh start     # installs slurm-wlm and munge when missing, starts munged, slurmctld and slurmd,
#                                      # waits until the node is idle; prints the line that points Slurm's commands at it
#   scripts/slurm-cluster.sh status    # each daemon and the node's state; exit 0 when the cluster is up, 1 when not
#   scripts/slurm-cluster.sh stop      # stops the three daemons and removes their state
#
# Everything lives in one folder, $CORPUSLINT_SLURM_DIR (default: $TMPDIR or /tmp, then corpuslint-slurm): the munge
# key and socket, slurm.conf, the controller's state, slurmd's spool, the logs and the pid files. Nothing is written to
# /etc. The node is named after `hostname -s` and has this machine's CPUs and memory (as `slurmd -C` reports them).
# There is no systemd, no cgroup and no accounting: processes are tracked through /proc (proctrack/linuxproc), tasks
# are not bound (task/none), so it runs in a container as root. Starting a running cluster or stopping a stopped one
# does nothing. Slurm's commands find the cluster through SLURM_CONF (`start` and `status` print it).
set -euo pipefail
cd "$(dirname "$0")/.."

dir="${CORPUSLINT_SLURM_DIR:-${TMPDIR:-/tmp}/corpuslint-slurm}"
conf="$dir/slurm.conf"
socket="$dir/munge/munge.socket.2"
ctld_port="${CORPUSLINT_SLURM_PORT:-6817}"
slurmd_port="$((ctld_port + 1))"
node="$(hostname -s)"
start_timeout="${CORPUSLINT_SLURM_TIMEOUT:-60}"
export SLURM_CONF="$conf"

usage() { echo "usage: $0 start|stop|status" >&2; exit 2; }
fail() { echo "slurm-cluster: error: $*" >&2; exit 1; }

# alive PIDFILE: whether the process the pid file names is running.
alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# node_state: the node's state as sinfo gives it (idle, mixed, down...), or nothing when the controller does not answer.
node_state() { timeout 10 sinfo --noheader --nodes="$node" --format=%T 2>/dev/null | head -n 1 || true; }

running() { alive "$dir/run/munged.pid" && alive "$dir/run/slurmctld.pid" && alive "$dir/run/slurmd.pid"; }

# stop_daemon NAME: TERM, then KILL after 15 s, to the process of NAME's pid file; waits until it is gone.
stop_daemon() {
  local pidfile="$dir/run/$1.pid" pid
  alive "$pidfile" || { rm -f "$pidfile"; return 0; }
  pid="$(cat "$pidfile")"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; echo "-- stopped $1 ($pid)"; return 0; }
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pidfile"
  echo "-- killed $1 ($pid): it did not stop within 15 s"
}

stop() {
  stop_daemon slurmd
  stop_daemon slurmctld
  stop_daemon munged
  echo "-- the cluster is stopped"
  # The controller's state and the spool hold the jobs of this run only; a later start begins empty.
  rm -rf "$dir/state" "$dir/spool"
}

write_conf() {
  # `slurmd -C` prints this machine as a node line: CPUs, sockets, cores, threads and memory.
  local hardware
  hardware="$(slurmd -C | head -n 1 | sed "s/^NodeName=[^ ]*//")"
  cat >"$conf" <<EOF
# A one-node cluster for corpuslint's job templates, written by scripts/slurm-cluster.sh.
ClusterName=corpuslint
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
# No cgroups: processes are tracked through /proc, tasks are not bound to CPUs.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
# A node that was down comes back when its slurmd registers; finished jobs leave the controller after 5 minutes.
ReturnToService=2
MinJobAge=300
NodeName=$node NodeAddr=127.0.0.1$hardware State=UNKNOWN
PartitionName=main Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
  # slurmd loads a cgroup plugin (the one this machine's cgroup version needs) even when proctrack and task use none,
  # and Slurm 22.05 has no CgroupPlugin=disabled; IgnoreSystemd keeps the cgroup v2 plugin from asking systemd for
  # a scope, as there is no systemd here.
  printf "IgnoreSystemd=yes\n" >"$dir/cgroup.conf"
}

# start_failed MESSAGE: stops what this start began, then fails.
start_failed() {
  stop >/dev/null
  fail "$1"
}

start() {
  if running; then
    echo "-- the cluster is already running ($conf)"
    echo "export SLURM_CONF=$conf"
    return 0
  fi
  # slurmd starts each job as its user, which only root may do.
  [ "$(id -u)" -eq 0 ] || fail "run as root: slurmd starts jobs as the user who submitted them"
  missing=()
  for command in munged slurmctld slurmd sinfo sbatch; do
    command -v "$command" >/dev/null 2>&1 || missing=(slurm-wlm munge)
  done
  [ ${#missing[@]} -eq 0 ] || scripts/apt-install.sh "${missing[@]}"

  # What a previous start left half done is stopped first, so the daemons below are this start's.
  stop >/dev/null
  # munged wants its socket's folders open to all (clients of every user connect) and its key readable by it alone.
  mkdir -p "$dir/munge" "$dir/key" "$dir/state" "$dir/spool" "$dir/log" "$dir/run"
  rm -f "$dir"/log/*.log
  chmod 755 "$dir" "$dir/munge"
  chmod 700 "$dir/key"
  if [ ! -s "$dir/key/munge.key" ]; then
    mungekey --create --keyfile="$dir/key/munge.key" 2>/dev/null \
      || dd if=/dev/urandom of="$dir/key/munge.key" bs=1024 count=1 status=none
  fi
  chmod 600 "$dir/key/munge.key"
  write_conf

  echo "-- starting munged, slurmctld and slurmd (node $node, $(slurmd -C | head -n 1 | grep -o 'CPUs=[0-9]*') $(slurmd -C | head -n 1 | grep -o 'RealMemory=[0-9]*') MB)"
  munged --socket="$socket" --key-file="$dir/key/munge.key" --log-file="$dir/log/munged.log" \
    --pid-file="$dir/run/munged.pid" --seed-file="$dir/key/munged.seed" \
    || start_failed "munged did not start (log: $dir/log/munged.log)"
  slurmctld -f "$conf" || start_failed "slurmctld did not start (log: $dir/log/slurmctld.log)"
  slurmd -f "$conf" || start_failed "slurmd did not start (log: $dir/log/slurmd.log)"

  local state="" waited=0
  while [ "$waited" -lt "$((start_timeout * 2))" ]; do
    state="$(node_state)"
    [ "$state" = "idle" ] && break
    sleep 0.5
    waited=$((waited + 1))
  done
  if [ "$state" != "idle" ]; then
    for log in slurmctld slurmd munged; do
      echo "== $dir/log/$log.log (last lines)" >&2
      tail -n 15 "$dir/log/$log.log" >&2 2>/dev/null || true
    done
    start_failed "node $node is not idle after $start_timeout s (its state: ${state:-no answer from slurmctld}); the daemons are stopped, the logs are above"
  fi
  echo "-- node $node is idle"
  echo "export SLURM_CONF=$conf"
}

status() {
  local up=0
  for daemon in munged slurmctld slurmd; do
    if alive "$dir/run/$daemon.pid"; then
      echo "$daemon: running ($(cat "$dir/run/$daemon.pid"))"
    else
      echo "$daemon: stopped"
      up=1
    fi
  done
  if [ "$up" -eq 0 ]; then
    echo "node $node: $(node_state)"
    echo "export SLURM_CONF=$conf"
  fi
  return "$up"
}

[ $# -eq 1 ] || usage
case "$1" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) usage ;;
esac
