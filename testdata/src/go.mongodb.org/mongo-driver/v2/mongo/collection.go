package mongo

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

type InsertOneResult struct {
	InsertedID   any
	Acknowledged bool
}

type InsertManyResult struct {
	InsertedIDs  []any
	Acknowledged bool
}

type DeleteResult struct {
	DeletedCount int64
	Acknowledged bool
}

type UpdateResult struct {
	MatchedCount  int64
	ModifiedCount int64
	UpsertedCount int64
	UpsertedID    any
	Acknowledged  bool
}

type BulkWriteResult struct {
	InsertedCount int64
	MatchedCount  int64
	ModifiedCount int64
	DeletedCount  int64
	UpsertedCount int64
	Acknowledged  bool
}

type WriteModel interface {
	writeModel()
}

type Collection struct{}

func (coll *Collection) BulkWrite(ctx context.Context, models []WriteModel,
	opts ...options.Lister[options.BulkWriteOptions]) (*BulkWriteResult, error) {
	return &BulkWriteResult{}, nil
}

func (coll *Collection) InsertOne(ctx context.Context, document any,
	opts ...options.Lister[options.InsertOneOptions]) (*InsertOneResult, error) {
	return &InsertOneResult{}, nil
}

func (coll *Collection) InsertMany(ctx context.Context, documents any,
	opts ...options.Lister[options.InsertManyOptions]) (*InsertManyResult, error) {
	return &InsertManyResult{}, nil
}

func (coll *Collection) DeleteOne(ctx context.Context, filter any,
	opts ...options.Lister[options.DeleteOneOptions]) (*DeleteResult, error) {
	return &DeleteResult{}, nil
}

func (coll *Collection) DeleteMany(ctx context.Context, filter any,
	opts ...options.Lister[options.DeleteManyOptions]) (*DeleteResult, error) {
	return &DeleteResult{}, nil
}

func (coll *Collection) UpdateByID(ctx context.Context, id any, update any,
	opts ...options.Lister[options.UpdateOneOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

func (coll *Collection) UpdateOne(ctx context.Context, filter any, update any,
	opts ...options.Lister[options.UpdateOneOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

func (coll *Collection) UpdateMany(ctx context.Context, filter any, update any,
	opts ...options.Lister[options.UpdateManyOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

func (coll *Collection) ReplaceOne(ctx context.Context, filter any, replacement any,
	opts ...options.Lister[options.ReplaceOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}

func (coll *Collection) Aggregate(ctx context.Context, pipeline any,
	opts ...options.Lister[options.AggregateOptions]) (*Cursor, error) {
	return &Cursor{}, nil
}

func (coll *Collection) CountDocuments(ctx context.Context, filter any,
	opts ...options.Lister[options.CountOptions]) (int64, error) {
	return 0, nil
}

func (coll *Collection) Find(ctx context.Context, filter any,
	opts ...options.Lister[options.FindOptions]) (*Cursor, error) {
	return &Cursor{}, nil
}

func (coll *Collection) FindOne(ctx context.Context, filter any,
	opts ...options.Lister[options.FindOneOptions]) *SingleResult {
	return &SingleResult{}
}

func (coll *Collection) FindOneAndDelete(ctx context.Context, filter any,
	opts ...options.Lister[options.FindOneAndDeleteOptions]) *SingleResult {
	return &SingleResult{}
}

func (coll *Collection) FindOneAndUpdate(ctx context.Context, filter any, update any,
	opts ...options.Lister[options.FindOneAndUpdateOptions]) *SingleResult {
	return &SingleResult{}
}

func (coll *Collection) Watch(ctx context.Context, pipeline any,
	opts ...options.Lister[options.ChangeStreamOptions]) (*ChangeStream, error) {
	return &ChangeStream{}, nil
}
