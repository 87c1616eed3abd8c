// shapes shared with the mobile app's TypeScript client
export interface InspectionRequestDto {
  title: string;
  notes: string;
}
