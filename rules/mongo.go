package rules

// mongoAPIs lists go.mongodb.org/mongo-driver/v2/mongo. mongo.Connect does
// not contact the deployment (its doc says so) and is listed by
// [Constructor].
//
// Facts read in go.mongodb.org/mongo-driver/v2 v2.10.0: there is no default
// operation timeout (options.Client().SetTimeout enables one; server
// selection alone is bounded, by 30s); retryable reads and writes are on by
// default and retry once, and retried writes are deduplicated by the
// server; Session.WithTransaction retries TransientTransactionError and
// UnknownTransactionCommitResult for up to 120s.
var mongoAPIs = []API{
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Client).Disconnect", Kind: Mongo, Params: []Role{Ctx}, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Client).Ping", Kind: Mongo, Params: []Role{Ctx}, Idem: Safe},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Client).Watch", Kind: Mongo, Params: []Role{Ctx}, Idem: Safe, Flags: Stream},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).Aggregate", Kind: Mongo, Params: []Role{Ctx}, Idem: Safe, Flags: Retries,
		Note: "not Safe when the pipeline ends in $out or $merge"},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).BulkWrite", Kind: Mongo, Params: []Role{Ctx}, Idem: Unknown, Flags: Retries},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).CountDocuments", Kind: Mongo, Params: []Role{Ctx}, Idem: Safe, Flags: Retries},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).DeleteMany", Kind: Mongo, Params: []Role{Ctx}, Idem: Idempotent},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).DeleteOne", Kind: Mongo, Params: []Role{Ctx}, Idem: Idempotent, Flags: Retries},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).Find", Kind: Mongo, Params: []Role{Ctx}, Idem: Safe, Flags: Retries},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).FindOne", Kind: Mongo, Params: []Role{Ctx}, Idem: Safe, Flags: Absence | LaterErr | Retries,
		Note: "errors, mongo.ErrNoDocuments included, arrive from SingleResult.Decode or Err"},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).FindOneAndDelete", Kind: Mongo, Params: []Role{Ctx}, Idem: NonIdem, Flags: Absence | LaterErr | Retries},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).FindOneAndUpdate", Kind: Mongo, Params: []Role{Ctx}, Idem: Unknown, Flags: Absence | LaterErr | Retries,
		Note: "idempotent with $set, not with $inc or $push"},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).InsertMany", Kind: Mongo, Params: []Role{Ctx}, Idem: NonIdem, Flags: Retries},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).InsertOne", Kind: Mongo, Params: []Role{Ctx}, Idem: NonIdem, Flags: Retries,
		Note: "conditional when the document carries a deterministic _id (a duplicate fails with a duplicate-key error)"},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).ReplaceOne", Kind: Mongo, Params: []Role{Ctx}, Idem: Idempotent, Flags: Retries},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).UpdateByID", Kind: Mongo, Params: []Role{Ctx}, Idem: Unknown, Flags: Retries},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).UpdateMany", Kind: Mongo, Params: []Role{Ctx}, Idem: Unknown,
		Note: "multi-document writes are not retryable"},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).UpdateOne", Kind: Mongo, Params: []Role{Ctx}, Idem: Unknown, Flags: Retries,
		Note: "idempotent with $set, not with $inc or $push"},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Collection).Watch", Kind: Mongo, Params: []Role{Ctx}, Idem: Safe, Flags: Stream},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Cursor).All", Kind: Mongo, Params: []Role{Ctx}, Idem: Safe},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Cursor).Next", Kind: Mongo, Params: []Role{Ctx}, Idem: Safe, Flags: LaterErr,
		Note: "false can mean an error: check Cursor.Err"},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Database).RunCommand", Kind: Mongo, Params: []Role{Ctx}, Idem: Unknown, Flags: LaterErr},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Database).Watch", Kind: Mongo, Params: []Role{Ctx}, Idem: Safe, Flags: Stream},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Session).AbortTransaction", Kind: Mongo, Params: []Role{Ctx}, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Session).CommitTransaction", Kind: Mongo, Params: []Role{Ctx}, Idem: Unknown, Flags: Commit,
		Note: "an error labelled UnknownTransactionCommitResult leaves the outcome unknown; retry the commit only"},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Session).EndSession", Kind: Mongo, Params: []Role{Ctx}, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*go.mongodb.org/mongo-driver/v2/mongo.Session).WithTransaction", Kind: Mongo, Params: []Role{Ctx}, Idem: Unknown, Flags: Commit | Retries,
		Note: "reruns the callback on TransientTransactionError and retries the commit on UnknownTransactionCommitResult"},
}
