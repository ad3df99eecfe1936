// Initiates the replica set rs0 of compose.yaml once, then waits until it has a primary. Running it again on an
// initiated set changes nothing, so the one-shot container may run on every `docker compose up`.
try {
  rs.status();
  print('replica set rs0 is already initiated');
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') {
    throw e;
  }
  rs.initiate({
    _id: 'rs0',
    members: [
      {_id: 0, host: 'mongo1:27017', priority: 2},
      {_id: 1, host: 'mongo2:27017', priority: 1},
      {_id: 2, host: 'mongo3:27017', priority: 1}
    ]
  });
  print('replica set rs0 initiated');
}
for (let second = 0; second < 120; second++) {
  if (rs.status().members.some(member => member.stateStr === 'PRIMARY')) {
    print('replica set rs0 has a primary');
    quit(0);
  }
  sleep(1000);
}
print('replica set rs0 has no primary after 120 s');
quit(1);
