const { S3Client } = require('@aws-sdk/client-s3');

// credentials come from the instance role
const s3 = new S3Client({ region: process.env.AWS_REGION || 'eu-west-1' });

module.exports = { s3, bucket: process.env.S3_BUCKET };
